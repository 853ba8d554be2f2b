import { api } from '../../api/api-client.js';
import type { Locale } from '../../api/types.js';
import type { StrategyRef } from '../workspace/workspace-api.js';
import type { Strategy } from '../workspace/workspace.types.js';
import type {
  Audience,
  AuditFilters,
  AuditPage,
  CommentsResponse,
  CompareResponse,
  DocumentKind,
  DocumentResponse,
  ExportJob,
  ExportRequest,
  NarrativeChapter,
  NarrativeResponse,
  StrategyChapterKey,
  StrategyVersion,
  TransitionRequest,
  VersionComment,
  VersionsResponse,
} from './documents.types.js';

const enc = encodeURIComponent;
const cityPath = (cityId: string) => `/cities/${enc(cityId)}`;
const strategyPath = (ref: StrategyRef) =>
  `${cityPath(ref.cityId)}/strategies/${enc(ref.strategyId)}`;

/** Where the browser fetches files itself (downloads are plain links, not fetch calls). */
export const API_PREFIX = '/api/v1';

export function fetchNarrative(ref: StrategyRef, signal?: AbortSignal) {
  return api.get<NarrativeResponse>(`${strategyPath(ref)}/narrative`, signal);
}

/** Saves one chapter's text on top of the revision it was based on; 409 when someone saved first. */
export async function putNarrative(
  ref: StrategyRef,
  chapterKey: StrategyChapterKey,
  input: { text: string; baseRevision: number },
): Promise<NarrativeChapter> {
  const { chapter } = await api.put<{ chapter: NarrativeChapter }>(
    `${strategyPath(ref)}/narrative/${enc(chapterKey)}`,
    input,
  );
  return chapter;
}

export interface DocumentQuery {
  kind: DocumentKind;
  locale: Locale;
  audience: Audience;
  /** Absent: the approved version if there is one, else the current text. */
  versionId?: string | undefined;
}

export function fetchDocument(ref: StrategyRef, query: DocumentQuery, signal?: AbortSignal) {
  const params = new URLSearchParams({
    kind: query.kind,
    locale: query.locale,
    audience: query.audience,
  });
  if (query.versionId) params.set('versionId', query.versionId);
  return api.get<DocumentResponse>(`${strategyPath(ref)}/document?${params}`, signal);
}

export function startExport(ref: StrategyRef, input: ExportRequest) {
  // The portable file is always the whole strategy, every version included.
  const body = input.format === 'json' ? { ...input, versionId: undefined } : input;
  return api.post<ExportJob>(`${strategyPath(ref)}/exports`, body);
}

export function fetchExport(ref: StrategyRef, exportId: string, signal?: AbortSignal) {
  return api.get<ExportJob>(`${strategyPath(ref)}/exports/${enc(exportId)}`, signal);
}

export function exportFileUrl(ref: StrategyRef, exportId: string): string {
  return `${API_PREFIX}${strategyPath(ref)}/exports/${enc(exportId)}/file`;
}

/** The portable file itself, as the browser downloads it. */
export function portableJsonUrl(ref: StrategyRef): string {
  return `${API_PREFIX}${strategyPath(ref)}/export.json`;
}

/** Sends a portable file's text as it is; the server checks it and creates a new strategy. */
export function importStrategy(
  cityId: string,
  input: { file: string; title?: string | undefined },
) {
  return api.post<{ strategy: Strategy }>(`${cityPath(cityId)}/strategies/import`, input);
}

export function fetchVersions(ref: StrategyRef, signal?: AbortSignal) {
  return api.get<VersionsResponse>(`${strategyPath(ref)}/versions`, signal);
}

export function createVersion(ref: StrategyRef, label: string) {
  return api.post<{ version: StrategyVersion }>(`${strategyPath(ref)}/versions`, { label });
}

export function compareVersions(ref: StrategyRef, a: string, b: string, signal?: AbortSignal) {
  const params = new URLSearchParams({ a, b });
  return api.get<CompareResponse>(`${strategyPath(ref)}/versions/compare?${params}`, signal);
}

const versionPath = (ref: StrategyRef, versionId: string) =>
  `${strategyPath(ref)}/versions/${enc(versionId)}`;

export function transitionVersion(ref: StrategyRef, versionId: string, input: TransitionRequest) {
  return api.post<{ version: StrategyVersion }>(`${versionPath(ref, versionId)}/transition`, input);
}

export function fetchComments(ref: StrategyRef, versionId: string, signal?: AbortSignal) {
  return api.get<CommentsResponse>(`${versionPath(ref, versionId)}/comments`, signal);
}

export function postComment(
  ref: StrategyRef,
  versionId: string,
  input: { sectionId: string; text: string },
) {
  return api.post<{ comment: VersionComment }>(`${versionPath(ref, versionId)}/comments`, input);
}

export interface NewCycle {
  title: string;
  startYear: number;
  endYear: number;
}

/** Compares two versions; either may be CURRENT, the strategy as it is now. */
export const CURRENT = 'current';

/** A new strategy whose answers and narrative start from an approved version. */
export function startNewCycle(ref: StrategyRef, versionId: string, input: NewCycle) {
  return api.post<{ strategy: Strategy }>(`${versionPath(ref, versionId)}/new-cycle`, input);
}

function auditParams(filters: AuditFilters, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra }))
    if (value) params.set(key, value);
  return params;
}

export function fetchAudit(
  cityId: string,
  filters: AuditFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  const params = auditParams(filters, cursor ? { cursor } : {});
  const query = params.size > 0 ? `?${params}` : '';
  return api.get<AuditPage>(`${cityPath(cityId)}/audit${query}`, signal);
}

export function auditCsvUrl(cityId: string, filters: AuditFilters): string {
  const params = auditParams(filters);
  const query = params.size > 0 ? `?${params}` : '';
  return `${API_PREFIX}${cityPath(cityId)}/audit.csv${query}`;
}
