// Shapes of the strategy document API (see .team/API-DOCUMENTS.md); the browser trusts the
// server's schemas, as the rest of the app does.
import type {
  Audience,
  StrategyChapterKey,
  StrategyDocument,
  StrategyStatus,
} from '@concord/domain/document';
import type { Locale } from '../../api/types.js';
import type { Person } from '../workspace/workspace.types.js';

export type { Audience, StrategyChapterKey, StrategyDocument, StrategyStatus };

/** One chapter's narrative as stored: the Markdown text and the revision it is at. */
export interface NarrativeChapter {
  text: string;
  revision: number;
  updatedBy: Person | null;
  updatedAt: string;
}

export interface NarrativeResponse {
  chapters: Partial<Record<StrategyChapterKey, NarrativeChapter>>;
}

export interface DocumentResponse {
  document: StrategyDocument;
}

export const EXPORT_FORMATS = [
  'docx',
  'pdf',
  'markdown',
  'json',
  'handover-docx',
  'handover-pdf',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ExportJob {
  exportId: string;
  status: ExportStatus;
  /** 0..1 */
  progress?: number;
  error?: { code?: string; message?: string } | string | null;
}

export interface ExportRequest {
  format: ExportFormat;
  locale: Locale;
  versionId?: string | undefined;
}

export interface StrategyVersion {
  id: string;
  label: string;
  createdAt: string;
  createdBy: Person | null;
  status: StrategyStatus;
  decision?: VersionDecision | null;
  /** Why the version was returned, when it was. */
  returnReason?: string | null;
}

export interface VersionDecision {
  body: string;
  reference: string;
  date: string;
  /** A reference to the minutes or the published decision, when the server keeps one apart. */
  link?: string;
}

export interface VersionsResponse {
  versions: StrategyVersion[];
}

export interface AnswerChange {
  questionId: string;
  before: unknown;
  after: unknown;
}

export interface NarrativeChange {
  chapterKey: StrategyChapterKey;
  before: string | null;
  after: string | null;
}

export interface CompareResponse {
  answers: AnswerChange[];
  narrative: NarrativeChange[];
}

export interface TransitionRequest {
  to: StrategyStatus;
  comment?: string;
  decision?: VersionDecision;
}

export interface VersionComment {
  id: string;
  sectionId: string;
  text: string;
  createdAt: string;
  createdBy?: Person | null;
  author?: Person | null;
}

export interface CommentsResponse {
  comments: VersionComment[];
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: Person | null;
  action: string;
  entityType: string;
  entityId: string;
  strategyId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextCursor: string | null;
}

export interface AuditFilters {
  strategyId?: string;
  userId?: string;
  action?: string;
  from?: string;
  to?: string;
}
