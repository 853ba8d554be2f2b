import type { AnswerValue, FieldValue, GroupRow } from '../answers/answers.types.js';
import { isAmountValue, isAnswered, isGroupRows } from '../answers/answers.types.js';
import type { Comparator, Condition, DateBound } from '../content/condition.schema.js';
import { addMonths, isIsoDate } from './dates.js';
import type { EvalContext } from './eval-context.js';
import { unknownOperator } from './walk-condition.js';

/**
 * The one evaluator for every condition in the content. Unanswered or mistyped values make a
 * leaf false rather than throwing; an operator this engine does not know throws.
 */
export function evaluateCondition(cond: Condition, ctx: EvalContext): boolean {
  switch (cond.op) {
    case 'all':
      return cond.of.every((child) => evaluateCondition(child, ctx));
    case 'any':
      return cond.of.some((child) => evaluateCondition(child, ctx));
    case 'not':
      return !evaluateCondition(cond.cond, ctx);
    case 'answered':
      return isAnswered(subjectValue(cond, ctx));
    case 'equals':
      return subjectValue(cond, ctx) === cond.value;
    case 'one-of': {
      const value = subjectValue(cond, ctx);
      return (
        (typeof value === 'string' || typeof value === 'number') && cond.values.includes(value)
      );
    }
    case 'includes': {
      const value = subjectValue(cond, ctx);
      return Array.isArray(value) && (value as unknown[]).includes(cond.value);
    }
    case 'includes-any': {
      const value = subjectValue(cond, ctx);
      return Array.isArray(value) && cond.values.some((v) => (value as unknown[]).includes(v));
    }
    case 'includes-all': {
      const value = subjectValue(cond, ctx);
      return Array.isArray(value) && cond.values.every((v) => (value as unknown[]).includes(v));
    }
    case 'compare': {
      const n = numericValue(subjectValue(cond, ctx));
      return n !== undefined && compare(n, cond.cmp, cond.value);
    }
    case 'count':
      return compare(countMatching(cond.q, cond.where, ctx), cond.cmp, cond.value);
    case 'some-row':
      return rowsOf(cond.q, ctx).some((row) => evaluateCondition(cond.where, withRow(ctx, row)));
    case 'every-row': {
      const rows = rowsOf(cond.q, ctx);
      return (
        rows.length > 0 && rows.every((row) => evaluateCondition(cond.where, withRow(ctx, row)))
      );
    }
    case 'share': {
      const share = computeShare(cond.q, cond.amountField, cond.where, ctx);
      return share !== undefined && compare(share.share, cond.cmp, cond.value);
    }
    case 'date-within':
      return dateWithin(subjectValue(cond, ctx), cond.from, cond.to, ctx);
    case 'distinct-count':
      return compare(
        distinctValues(cond.q, cond.field, cond.where, ctx).length,
        cond.cmp,
        cond.value,
      );
    default:
      throw unknownOperator(cond);
  }
}

export function subjectValue(
  cond: { q?: string; field?: string },
  ctx: EvalContext,
): AnswerValue | undefined {
  if (cond.q !== undefined) return ctx.values.get(cond.q);
  if (cond.field !== undefined && ctx.row) return ctx.row[cond.field];
  return undefined;
}

export function withRow(ctx: EvalContext, row: GroupRow): EvalContext {
  return { values: ctx.values, today: ctx.today, row };
}

/** Rows of a group answer (already in id order), or none. */
export function rowsOf(q: string, ctx: EvalContext): GroupRow[] {
  const value = ctx.values.get(q);
  return isGroupRows(value) ? value : [];
}

export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (isAmountValue(value) && Number.isFinite(value.amount)) return value.amount;
  return undefined;
}

// Shares are fractions of sums, so `eq` tolerates rounding noise.
const EPSILON = 1e-9;

export function compare(actual: number, cmp: Comparator, expected: number): boolean {
  switch (cmp) {
    case 'gt':
      return actual > expected + EPSILON;
    case 'gte':
      return actual >= expected - EPSILON;
    case 'lt':
      return actual < expected - EPSILON;
    case 'lte':
      return actual <= expected + EPSILON;
    case 'eq':
      return Math.abs(actual - expected) <= EPSILON;
    default:
      throw new Error(`Unknown comparator ${JSON.stringify(cmp satisfies never)}`);
  }
}

/** Rows of a group matching `where`, or the number of items of a multi answer. */
export function matchingRows(
  q: string,
  where: Condition | undefined,
  ctx: EvalContext,
): GroupRow[] {
  const rows = rowsOf(q, ctx);
  return where ? rows.filter((row) => evaluateCondition(where, withRow(ctx, row))) : rows;
}

export function countMatching(q: string, where: Condition | undefined, ctx: EvalContext): number {
  const value = ctx.values.get(q);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.length;
  return matchingRows(q, where, ctx).length;
}

export interface ShareResult {
  share: number;
  part: number;
  total: number;
  rowIds: string[];
}

/** Sum of amountField over matching rows divided by the sum over all rows; undefined when the total is 0. */
export function computeShare(
  q: string,
  amountField: string,
  where: Condition | undefined,
  ctx: EvalContext,
): ShareResult | undefined {
  let total = 0;
  let part = 0;
  const rowIds: string[] = [];
  for (const row of rowsOf(q, ctx)) {
    const amount = numericValue(row[amountField]) ?? 0;
    total += amount;
    if (!where || evaluateCondition(where, withRow(ctx, row))) {
      part += amount;
      rowIds.push(row.id);
    }
  }
  if (total <= 0) return undefined;
  return { share: part / total, part, total, rowIds };
}

/** Distinct answered values of a row field (multi fields count each item), sorted. */
export function distinctValues(
  q: string,
  field: string,
  where: Condition | undefined,
  ctx: EvalContext,
): string[] {
  const seen = new Set<string>();
  for (const row of matchingRows(q, where, ctx)) {
    const value: FieldValue | undefined = row[field];
    if (!isAnswered(value)) continue;
    if (Array.isArray(value)) for (const item of value) seen.add(item);
    else seen.add(isAmountValue(value) ? `${value.amount} ${value.currency}` : String(value));
  }
  return [...seen].sort();
}

/** Resolves a date bound to an ISO date; undefined when it names an unanswered date. */
export function resolveBound(bound: DateBound, ctx: EvalContext): string | undefined {
  if ('today' in bound) return ctx.today;
  if ('monthsFromToday' in bound) return addMonths(ctx.today, bound.monthsFromToday);
  if ('date' in bound) return bound.date;
  const value = subjectValue(bound, ctx);
  return isIsoDate(value) ? value : undefined;
}

function dateWithin(
  value: unknown,
  from: DateBound | undefined,
  to: DateBound | undefined,
  ctx: EvalContext,
): boolean {
  if (!isIsoDate(value)) return false;
  if (from) {
    const start = resolveBound(from, ctx);
    if (start === undefined || value < start) return false;
  }
  if (to) {
    const end = resolveBound(to, ctx);
    if (end === undefined || value > end) return false;
  }
  return true;
}
