import type { AnswerValue, Answers, GroupRow } from '../answers/answers.types.js';
import { isAnswered, isGroupRows } from '../answers/answers.types.js';
import type { CompiledContent } from '../engine/compiled-content.types.js';
import type { Evaluation } from '../engine/evaluate.js';

/** What every dashboard is derived from; the same inputs always give the same dashboards. */
export interface DashboardInput {
  content: CompiledContent;
  answers: Answers;
  /** evaluate(content, answers, { today }) for the same answers and day. */
  evaluation: Evaluation;
  /** The day deadlines are judged against (YYYY-MM-DD); dashboards never read the clock. */
  today: string;
}

/**
 * Read access to the answers the city can see on its pages: a question that does not apply
 * (for example a follow-up to an option the city did not choose) is treated as unanswered,
 * as the engine does.
 */
export interface AnswerReader {
  value(questionId: string): AnswerValue | undefined;
  text(questionId: string): string | null;
  list(questionId: string): string[];
  rows(questionId: string): GroupRow[];
}

export function readAnswers(input: DashboardInput): AnswerReader {
  // A few lookups per dashboard: scanning the list is cheaper than building a Set of it.
  const { applicable } = input.evaluation;
  const value = (id: string) =>
    isAnswered(input.answers.values[id]) && applicable.includes(id)
      ? input.answers.values[id]
      : undefined;
  return {
    value,
    text(id) {
      const found = value(id);
      return typeof found === 'string' ? found.trim() : null;
    },
    list(id) {
      const found = value(id);
      return Array.isArray(found) ? found.filter((v): v is string => typeof v === 'string') : [];
    },
    rows(id) {
      const found = value(id);
      return isGroupRows(found) ? found : [];
    },
  };
}

/** A row field as trimmed text, or null when it is blank or not text. */
export function rowText(row: GroupRow, key: string): string | null {
  const found = row[key];
  return typeof found === 'string' && found.trim() !== '' ? found.trim() : null;
}

export function rowNumber(row: GroupRow, key: string): number | null {
  const found = row[key];
  return typeof found === 'number' && Number.isFinite(found) ? found : null;
}

export function rowList(row: GroupRow, key: string): string[] {
  const found = row[key];
  return Array.isArray(found) ? found.filter((v): v is string => typeof v === 'string') : [];
}

/** Orders ids and ISO dates by code point: stable and fast, unlike a locale collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
