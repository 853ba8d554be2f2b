// What a form holds while someone types, before it becomes an answer: "12." in a number box or
// a date with only a day are kept as typed (and stored on this device) so nothing typed is lost,
// and turned into answer values only when they are valid (parse-raw.ts).
import {
  isAmountValue,
  isGroupRows,
  type AnswerValue,
  type CompiledField,
  type CompiledQuestion,
  type FieldValue,
} from '@concord/domain/engine';

export interface RawAmount {
  amount: string;
  currency: string;
}

export interface RawDate {
  day: string;
  month: string;
  year: string;
}

export type RawField = string | string[] | RawAmount | RawDate;

export interface RawRow {
  id: string;
  [key: string]: RawField;
}

export type RawValue = RawField | RawRow[];

/** A question or a field of a group: what the form needs to know to draw and check it. */
export type Definition = CompiledQuestion | CompiledField;

export const EMPTY_DATE: RawDate = { day: '', month: '', year: '' };
export const EMPTY_AMOUNT: RawAmount = { amount: '', currency: '' };

/** The form state for a stored answer (or for no answer yet). */
export function toRaw(definition: Definition, value: AnswerValue | undefined): RawValue {
  if (definition.type === 'group') {
    const fields = (definition as CompiledQuestion).fields ?? [];
    if (!isGroupRows(value)) return [];
    return value.map((row) => {
      const raw: RawRow = { id: row.id };
      for (const field of fields) raw[field.key] = toRawField(field, row[field.key]);
      return raw;
    });
  }
  return toRawField(definition, value as FieldValue | undefined);
}

function toRawField(definition: Definition, value: FieldValue | undefined): RawField {
  switch (definition.type) {
    case 'multi':
      return Array.isArray(value) ? [...value] : [];
    case 'amount':
      return isAmountValue(value)
        ? { amount: String(value.amount), currency: value.currency }
        : { ...EMPTY_AMOUNT };
    case 'date':
      return typeof value === 'string' ? splitIsoDate(value) : { ...EMPTY_DATE };
    case 'number':
      return typeof value === 'number' ? String(value) : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

function splitIsoDate(value: string): RawDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return { ...EMPTY_DATE };
  return { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) };
}

/** An empty row for a group, with a stable id (answers refer to rows by id, never position). */
export function createRow(question: CompiledQuestion): RawRow {
  const row: RawRow = { id: newRowId() };
  for (const field of question.fields ?? []) row[field.key] = toRawField(field, undefined);
  return row;
}

function newRowId(): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID().slice(0, 8)
      : Math.random().toString(36).slice(2, 10);
  return `row-${Date.now().toString(36)}-${random}`;
}

export function isRawDate(value: unknown): value is RawDate {
  return typeof value === 'object' && value !== null && 'day' in value && 'year' in value;
}

export function isRawAmount(value: unknown): value is RawAmount {
  return typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value;
}

export function isRawRows(value: RawValue): value is RawRow[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object');
}
