// Turns what a form holds into an answer value, with the same limits the server checks (see
// buildAnswersSchema in @concord/domain), so most mistakes are caught before anything is sent.
import type {
  AnswerValue,
  CompiledField,
  CompiledQuestion,
  FieldValue,
  GroupRow,
} from '@concord/domain/engine';
import type { MessageId } from '../../i18n/load-messages.js';
import {
  isRawAmount,
  isRawDate,
  isRawRows,
  type Definition,
  type RawDate,
  type RawField,
  type RawRow,
  type RawValue,
} from './raw-values.js';

export const TEXT_MAX = 500;
export const LONG_TEXT_MAX = 20_000;
export const MAX_ROWS = 100;

/**
 * One problem with an answer. `path` says where inside it: '' for the whole value, 'amount',
 * 'day', '2.endDate' (row 3), '2.startDate.month'. Our own checks carry a message id; the
 * server's carry its text.
 */
export interface AnswerProblem {
  path: string;
  messageId?: MessageId;
  values?: Record<string, string | number>;
  text?: string;
}

export interface Parsed {
  /** undefined: no answer (the question is cleared). */
  value: AnswerValue | undefined;
  problems: AnswerProblem[];
}

export interface ParseOptions {
  /** Whether a field applies to a row (its `when`); fields that do not apply are not checked. */
  fieldApplies?: (field: CompiledField, row: GroupRow) => boolean;
}

export function parseRaw(
  definition: Definition,
  raw: RawValue,
  options: ParseOptions = {},
): Parsed {
  if (definition.type === 'group') return parseRows(definition as CompiledQuestion, raw, options);
  const problems: AnswerProblem[] = [];
  const value = parseField(definition, raw as RawField, '', problems);
  return { value, problems };
}

function parseRows(question: CompiledQuestion, raw: RawValue, options: ParseOptions): Parsed {
  if (!isRawRows(raw) || raw.length === 0) return { value: undefined, problems: [] };
  const problems: AnswerProblem[] = [];
  const max = question.source.type === 'group' ? (question.source.maxRows ?? MAX_ROWS) : MAX_ROWS;
  if (raw.length > max)
    problems.push({ path: '', messageId: 'workspace.error.tooManyRows', values: { max } });
  const rows = raw.map((rawRow, index) => {
    const row: GroupRow = { id: rawRow.id };
    for (const field of question.fields ?? []) {
      if (options.fieldApplies && !options.fieldApplies(field, row)) continue;
      const rawField = rawRow[field.key];
      if (rawField === undefined) continue;
      const value = parseField(field, rawField, `${index}.${field.key}`, problems);
      if (value !== undefined) row[field.key] = value;
    }
    checkDateOrder(row, index, problems);
    return row;
  });
  return { value: rows, problems };
}

/** The keys of a row's fields that apply now, judged as the engine does: on the row filtered so far. */
export function applicableFieldKeys(
  question: CompiledQuestion,
  rawRow: RawRow,
  options: ParseOptions,
): Set<string> {
  const keys = new Set<string>();
  const row: GroupRow = { id: rawRow.id };
  for (const field of question.fields ?? []) {
    if (options.fieldApplies && !options.fieldApplies(field, row)) continue;
    keys.add(field.key);
    const rawField = rawRow[field.key];
    const value = rawField === undefined ? undefined : parseField(field, rawField, '', []);
    if (value !== undefined) row[field.key] = value;
  }
  return keys;
}

// Funding and similar rows give a start and an end; an end before the start is a typing slip.
const DATE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['startDate', 'endDate'],
  ['start', 'end'],
  ['from', 'to'],
];

function checkDateOrder(row: GroupRow, index: number, problems: AnswerProblem[]): void {
  for (const [startKey, endKey] of DATE_PAIRS) {
    const start = row[startKey];
    const end = row[endKey];
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      problems.push({ path: `${index}.${endKey}`, messageId: 'workspace.error.endBeforeStart' });
    }
  }
}

function parseField(
  definition: Definition,
  raw: RawField,
  path: string,
  problems: AnswerProblem[],
): FieldValue | undefined {
  const source = definition.source;
  switch (source.type) {
    case 'single':
    case 'yes-no-unknown':
      return typeof raw === 'string' && raw !== '' ? raw : undefined;
    case 'multi':
      return Array.isArray(raw) && raw.length > 0 ? [...new Set(raw)] : undefined;
    case 'text':
    case 'long-text': {
      if (typeof raw !== 'string' || raw.trim() === '') return undefined;
      const max = source.maxLength ?? (source.type === 'text' ? TEXT_MAX : LONG_TEXT_MAX);
      if (raw.length > max)
        problems.push({ path, messageId: 'workspace.error.textTooLong', values: { max } });
      return raw;
    }
    case 'number':
      return parseNumberField(source, typeof raw === 'string' ? raw : '', path, problems);
    case 'amount':
      return parseAmount(source.min, raw, path, problems);
    case 'date':
      return isRawDate(raw) ? parseDate(raw, path, problems) : undefined;
    case 'group':
      return undefined;
  }
}

function parseNumberField(
  source: {
    min?: number | undefined;
    max?: number | undefined;
    integer?: boolean | undefined;
    unit?: string | undefined;
  },
  raw: string,
  path: string,
  problems: AnswerProblem[],
): number | undefined {
  if (raw.trim() === '') return undefined;
  const value = readNumber(raw);
  if (value === null) {
    problems.push({ path, messageId: 'workspace.error.notNumber' });
    return undefined;
  }
  // A percentage lies between 0 and 100, whatever else the content says.
  if (source.unit === '%' && (value < 0 || value > 100))
    problems.push({ path, messageId: 'workspace.error.percent' });
  if (source.integer && !Number.isInteger(value))
    problems.push({ path, messageId: 'workspace.error.notWhole' });
  if (source.min !== undefined && value < source.min)
    problems.push({ path, messageId: 'workspace.error.tooSmall', values: { min: source.min } });
  if (source.max !== undefined && value > source.max)
    problems.push({ path, messageId: 'workspace.error.tooLarge', values: { max: source.max } });
  return value;
}

function parseAmount(
  min: number | undefined,
  raw: RawField,
  path: string,
  problems: AnswerProblem[],
): FieldValue | undefined {
  if (!isRawAmount(raw)) return undefined;
  const at = (part: string) => (path === '' ? part : `${path}.${part}`);
  if (raw.amount.trim() === '' && raw.currency === '') return undefined;
  if (raw.amount.trim() === '') {
    problems.push({ path: at('amount'), messageId: 'workspace.error.amountMissing' });
    return undefined;
  }
  const amount = readNumber(raw.amount);
  if (amount === null) {
    problems.push({ path: at('amount'), messageId: 'workspace.error.notNumber' });
    return undefined;
  }
  // Money is never negative here, whatever the content says.
  const floor = Math.max(min ?? 0, 0);
  if (amount < floor)
    problems.push({
      path: at('amount'),
      messageId: 'workspace.error.tooSmall',
      values: { min: floor },
    });
  if (!/^[A-Z]{3}$/.test(raw.currency)) {
    problems.push({ path: at('currency'), messageId: 'workspace.error.currencyMissing' });
    return undefined;
  }
  return { amount, currency: raw.currency };
}

const DATE_PARTS = ['day', 'month', 'year'] as const;
const DATE_PART_MISSING: Record<(typeof DATE_PARTS)[number], MessageId> = {
  day: 'workspace.error.date.dayMissing',
  month: 'workspace.error.date.monthMissing',
  year: 'workspace.error.date.yearMissing',
};

function parseDate(raw: RawDate, path: string, problems: AnswerProblem[]): string | undefined {
  const parts = { day: raw.day.trim(), month: raw.month.trim(), year: raw.year.trim() };
  const filled = DATE_PARTS.filter((part) => parts[part] !== '');
  if (filled.length === 0) return undefined;
  const at = (part: string) => (path === '' ? part : `${path}.${part}`);
  const missing = DATE_PARTS.find((part) => parts[part] === '');
  if (missing) {
    problems.push({ path: at(missing), messageId: DATE_PART_MISSING[missing] });
    return undefined;
  }
  const day = readNumber(parts.day);
  const month = readNumber(parts.month);
  const year = readNumber(parts.year);
  const isReal =
    day !== null &&
    month !== null &&
    year !== null &&
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    Number.isInteger(year) &&
    year >= 1900 &&
    year <= 2200 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  if (!isReal) {
    const part = year === null || year < 1900 || year > 2200 ? 'year' : 'day';
    problems.push({ path: at(part), messageId: 'workspace.error.date.notReal' });
    return undefined;
  }
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

// Arabic-Indic and Eastern Arabic-Indic digits are read as the digits they are.
function readNumber(text: string): number | null {
  const normalised = text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

// Two questions that bound a period: the end may not come before the start (the server checks
// the same against the other stored date).
const QUESTION_DATE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['strategy:framework:q:horizon-start', 'strategy:framework:q:horizon-end'],
];

/** Problems a date answer has with the saved answer it pairs with (a strategy's start and end). */
export function checkQuestionDatePair(
  questionId: string,
  value: AnswerValue | undefined,
  savedValueOf: (questionId: string) => AnswerValue | undefined,
): AnswerProblem[] {
  if (typeof value !== 'string') return [];
  for (const [startId, endId] of QUESTION_DATE_PAIRS) {
    if (questionId === endId) {
      const start = savedValueOf(startId);
      if (typeof start === 'string' && value < start)
        return [{ path: '', messageId: 'workspace.error.endBeforeStart' }];
    }
    if (questionId === startId) {
      const end = savedValueOf(endId);
      if (typeof end === 'string' && value > end)
        return [{ path: '', messageId: 'workspace.error.startAfterEnd' }];
    }
  }
  return [];
}
