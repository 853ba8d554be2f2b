import type { StrategyChapterKey } from './documents.types.js';

// Addresses of the document pages inside the app (the API's addresses live in documents-api.ts).
const enc = encodeURIComponent;

const strategyBase = (cityId: string, strategyId: string) =>
  `/cities/${enc(cityId)}/strategies/${enc(strategyId)}`;

/** The strategy document's home: chapters, exports, versions. */
export function documentPath(cityId: string, strategyId: string): string {
  return `${strategyBase(cityId, strategyId)}/document`;
}

export function chapterEditPath(
  cityId: string,
  strategyId: string,
  chapterKey: StrategyChapterKey,
): string {
  return `${documentPath(cityId, strategyId)}/chapters/${enc(chapterKey)}`;
}

export function documentViewPath(
  cityId: string,
  strategyId: string,
  options: { versionId?: string | undefined; audience?: string | undefined } = {},
): string {
  const params = new URLSearchParams();
  if (options.versionId) params.set('version', options.versionId);
  if (options.audience) params.set('audience', options.audience);
  const query = params.size > 0 ? `?${params}` : '';
  return `${documentPath(cityId, strategyId)}/view${query}`;
}

export function versionsPath(cityId: string, strategyId: string): string {
  return `${strategyBase(cityId, strategyId)}/versions`;
}

export function versionPath(cityId: string, strategyId: string, versionId: string): string {
  return `${versionsPath(cityId, strategyId)}/${enc(versionId)}`;
}

export type DecisionKind = 'approve' | 'return' | 'new-cycle';

export function versionActionPath(
  cityId: string,
  strategyId: string,
  versionId: string,
  kind: DecisionKind,
): string {
  return `${versionPath(cityId, strategyId, versionId)}/${kind}`;
}

export function comparePath(cityId: string, strategyId: string, a?: string, b?: string): string {
  const params = new URLSearchParams();
  if (a) params.set('a', a);
  if (b) params.set('b', b);
  const query = params.size > 0 ? `?${params}` : '';
  return `${versionsPath(cityId, strategyId)}/compare${query}`;
}

export function importPath(cityId: string): string {
  return `/cities/${enc(cityId)}/strategies/import`;
}

export function auditPath(cityId: string, strategyId?: string): string {
  const query = strategyId ? `?${new URLSearchParams({ strategyId })}` : '';
  return `/cities/${enc(cityId)}/audit${query}`;
}
