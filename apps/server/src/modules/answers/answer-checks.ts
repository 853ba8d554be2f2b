import {
  type AnswerValue,
  type CompiledContent,
  type CompiledField,
  type CompiledQuestion,
  isAmountValue,
  isGroupRows,
} from '@concord/domain';

/** A problem inside one answer value; `path` is relative to the value (e.g. [2, 'endDate']). */
export interface ValueProblem {
  path: (string | number)[];
  message: string;
}

const PERCENT_UNITS = new Set(['%', 'percent', 'per cent']);

/**
 * The name of the matching start for a name that says "end": `endDate` -> `startDate`,
 * `horizonEnd` -> `horizonStart`, `strategy:framework:q:horizon-end` -> `...horizon-start`.
 * So any pair of dates named this way is checked, without a list to keep in step with content.
 */
export function startPartnerOf(name: string): string | undefined {
  const patterns: [RegExp, string][] = [
    [/^end(?=[A-Z]|$)/, 'start'],
    [/End(?=[A-Z]|$)/, 'Start'],
    [/-end(?=-|$)/, '-start'],
  ];
  for (const [pattern, replacement] of patterns) {
    if (pattern.test(name)) return name.replace(pattern, replacement);
  }
  return undefined;
}

function isPercent(unit: string | undefined): boolean {
  return unit !== undefined && PERCENT_UNITS.has(unit.trim().toLowerCase());
}

function checkScalar(
  source: CompiledQuestion['source'] | CompiledField['source'],
  value: unknown,
  path: (string | number)[],
): ValueProblem[] {
  if (source.type === 'amount' && isAmountValue(value) && value.amount < 0) {
    return [{ path: [...path, 'amount'], message: 'Enter an amount of 0 or more.' }];
  }
  if (source.type === 'number' && typeof value === 'number' && isPercent(source.unit)) {
    if (value > 100) return [{ path, message: 'A share cannot be more than 100%.' }];
    if (value < 0) return [{ path, message: 'A share cannot be less than 0%.' }];
  }
  return [];
}

function checkRowDates(
  fields: readonly CompiledField[],
  row: Record<string, unknown>,
  path: (string | number)[],
): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const dateKeys = new Set(fields.filter((f) => f.type === 'date').map((f) => f.key));
  for (const endKey of dateKeys) {
    const startKey = startPartnerOf(endKey);
    if (startKey === undefined || !dateKeys.has(startKey)) continue;
    const start = row[startKey];
    const end = row[endKey];
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      problems.push({
        path: [...path, endKey],
        message: `The end date must be on or after the start date (${start}).`,
      });
    }
  }
  return problems;
}

/**
 * Checks the schema cannot express on its own: amounts are never negative, a share (a number
 * in %) stays within 0-100, and within a row an end date is not before its start date.
 * Runs on a value that already passed the answers schema.
 */
export function checkAnswerValue(question: CompiledQuestion, value: AnswerValue): ValueProblem[] {
  if (question.source.type !== 'group') return checkScalar(question.source, value, []);
  if (!isGroupRows(value)) return [];
  const fields = question.fields ?? [];
  return value.flatMap((row, index) => [
    ...fields.flatMap((field) => checkScalar(field.source, row[field.key], [index, field.key])),
    ...checkRowDates(fields, row, [index]),
  ]);
}

export interface DatePair {
  startId: string;
  endId: string;
}

const pairsByContent = new WeakMap<CompiledContent, DatePair[]>();

/** Date questions that form a start/end pair (e.g. the strategy horizon). Computed once. */
export function listDatePairs(content: CompiledContent): DatePair[] {
  const known = pairsByContent.get(content);
  if (known) return known;
  const pairs: DatePair[] = [];
  for (const question of content.questions.values()) {
    if (question.type !== 'date') continue;
    const startId = startPartnerOf(question.id);
    if (startId !== undefined && content.questions.get(startId)?.type === 'date') {
      pairs.push({ startId, endId: question.id });
    }
  }
  pairsByContent.set(content, pairs);
  return pairs;
}
