// Plain types for stored answers, kept free of zod so the engine needs no schema library at
// runtime. answers.schema.ts builds the validating schema for a given content version.

export interface AmountValue {
  amount: number;
  currency: string;
}

/** What a group field may hold: every non-group answer type. */
export type FieldValue = string | number | string[] | AmountValue;

/** One row of a group answer; `id` is stable so traces and upgrades never depend on position. */
export interface GroupRow {
  id: string;
  [key: string]: FieldValue | undefined;
}

export type AnswerValue = FieldValue | GroupRow[];

export interface Answers {
  contentVersion: number;
  values: Record<string, AnswerValue>;
}

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];

export function isAmountValue(value: unknown): value is AmountValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as AmountValue).amount === 'number'
  );
}

export function isGroupRows(value: unknown): value is GroupRow[] {
  return (
    Array.isArray(value) &&
    value.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))
  );
}

/** A value counts as answered when it says something: blank text and empty lists do not. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.length > 0;
  return isAmountValue(value);
}
