import type { CompiledContent, CompiledSection } from '@concord/domain/engine';

const enc = encodeURIComponent;

/** `strategy:mandate` -> `mandate`: readable addresses, still tied to the permanent id. */
export function sectionSlug(sectionId: string): string {
  return sectionId.slice(sectionId.lastIndexOf(':') + 1);
}

export function findSectionBySlug(
  content: CompiledContent,
  slug: string,
): CompiledSection | undefined {
  return content.sections.find((section) => sectionSlug(section.id) === slug);
}

export function strategiesPath(cityId: string): string {
  return `/cities/${enc(cityId)}/strategies`;
}

export function strategyPath(cityId: string, strategyId: string): string {
  return `${strategiesPath(cityId)}/${enc(strategyId)}`;
}

export function sectionPath(cityId: string, strategyId: string, sectionId: string): string {
  return `${strategyPath(cityId, strategyId)}/sections/${enc(sectionSlug(sectionId))}`;
}

export function checkAnswersPath(cityId: string, strategyId: string, sectionId: string): string {
  return `${sectionPath(cityId, strategyId, sectionId)}/check`;
}

export function assignPath(cityId: string, strategyId: string, sectionId: string): string {
  return `${sectionPath(cityId, strategyId, sectionId)}/assign`;
}

export function findingsPath(cityId: string, strategyId: string): string {
  return `${strategyPath(cityId, strategyId)}/findings`;
}

/**
 * An element id for a question (or a part of it) that is safe in a URL fragment and a CSS
 * selector: `strategy:mandate:q:mandates` + `0.sourceType` -> `q-mandate-q-mandates--0-sourceType`.
 */
export function questionDomId(questionId: string, part = ''): string {
  const base = `q-${questionId.replace(/^strategy:/, '').replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  return part === '' ? base : `${base}--${part.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** The legend of one row of a group, focused after rows are added, moved or removed. */
export function rowDomId(questionId: string, rowId: string): string {
  return questionDomId(questionId, `row.${rowId}`);
}

export function rowFieldDomId(questionId: string, rowId: string, key: string): string {
  return questionDomId(questionId, `${rowId}.${key}`);
}

/** The second and later inputs of one field (a date's month and year, an amount's currency). */
export function partDomId(fieldDomId: string, part: string): string {
  return `${fieldDomId}--${part}`;
}

/** Link to a question on its section page (the trace of a finding points there). */
export function questionLink(
  cityId: string,
  strategyId: string,
  sectionId: string,
  questionId: string,
): string {
  return `${sectionPath(cityId, strategyId, sectionId)}#${questionDomId(questionId)}`;
}
