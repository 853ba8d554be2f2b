import type { AnswerProblem } from '../workspace/parse-raw.js';
import { parseRaw } from '../workspace/parse-raw.js';
import type { Definition, RawDate } from '../workspace/raw-values.js';

// The workspace's date check (a real day, Arabic-Indic digits read as digits, one message per
// missing part), reached through a definition that has only what a date field needs.
const DATE_FIELD = { type: 'date', source: { type: 'date' } } as unknown as Definition;

/** A decision's day as YYYY-MM-DD, or the first problem with what was typed. */
export function parseDecisionDate(raw: RawDate): { value?: string; problem?: AnswerProblem } {
  const parsed = parseRaw(DATE_FIELD, raw);
  const problem = parsed.problems[0];
  if (problem) return { problem };
  return typeof parsed.value === 'string' ? { value: parsed.value } : {};
}
