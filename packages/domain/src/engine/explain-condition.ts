import type { AnswerValue, GroupRow } from '../answers/answers.types.js';
import { isAmountValue, isGroupRows } from '../answers/answers.types.js';
import type { Condition, LeafCondition } from '../content/condition.schema.js';
import type { EvalContext } from './eval-context.js';
import {
  computeShare,
  countMatching,
  distinctValues,
  evaluateCondition,
  matchingRows,
  resolveBound,
  rowsOf,
  subjectValue,
  withRow,
} from './evaluate-condition.js';
import { unknownOperator } from './walk-condition.js';

/**
 * One leaf condition that decided a finding: what it tested, what it expected, and the answer
 * values it saw. `held` is false when the leaf counted by failing (it sits under a `not`).
 */
export interface TraceEntry {
  op: LeafCondition['op'];
  q?: string;
  field?: string;
  /** The group row the leaf was tested on, when it sits inside a row operator's `where`. */
  rowId?: string;
  /** In which group `rowId` lives (the row operator's question). */
  group?: string;
  expected: Record<string, unknown>;
  actual: unknown;
  held: boolean;
}

/**
 * Lists the leaves that made `cond` come out as `outcome` (the caller knows the outcome already).
 * Runs only for rules that fired, so evaluate() stays a cheap boolean walk for the rest.
 */
export function explainCondition(
  cond: Condition,
  ctx: EvalContext,
  outcome: boolean,
  group?: string,
): TraceEntry[] {
  const out: TraceEntry[] = [];
  explainInto(cond, ctx, outcome, group, out);
  return out;
}

function explainInto(
  cond: Condition,
  ctx: EvalContext,
  outcome: boolean,
  group: string | undefined,
  out: TraceEntry[],
): void {
  switch (cond.op) {
    case 'all':
    case 'any': {
      // A true `all` and a false `any` rest on every child; otherwise only on the children
      // that came out as the outcome.
      const everyChild = (cond.op === 'all') === outcome;
      for (const child of cond.of) {
        if (everyChild || evaluateCondition(child, ctx) === outcome)
          explainInto(child, ctx, outcome, group, out);
      }
      return;
    }
    case 'not':
      explainInto(cond.cond, ctx, !outcome, group, out);
      return;
    case 'answered':
    case 'equals':
    case 'one-of':
    case 'includes':
    case 'includes-any':
    case 'includes-all':
    case 'compare':
      out.push(
        entry(cond, ctx, outcome, group, expectedOf(cond), describeValue(subjectValue(cond, ctx))),
      );
      return;
    case 'date-within': {
      const expected: Record<string, unknown> = {};
      if (cond.from) expected.from = resolveBound(cond.from, ctx) ?? null;
      if (cond.to) expected.to = resolveBound(cond.to, ctx) ?? null;
      out.push(entry(cond, ctx, outcome, group, expected, describeValue(subjectValue(cond, ctx))));
      return;
    }
    case 'count': {
      const matched = matchingRows(cond.q, cond.where, ctx);
      const actual = {
        count: countMatching(cond.q, cond.where, ctx),
        rowIds: matched.map((r) => r.id),
      };
      out.push(entry(cond, ctx, outcome, group, { cmp: cond.cmp, value: cond.value }, actual));
      if (outcome && cond.where) explainRows(cond.where, cond.q, matched, ctx, out);
      return;
    }
    case 'some-row':
    case 'every-row': {
      const matched = matchingRows(cond.q, cond.where, ctx);
      out.push(
        entry(
          cond,
          ctx,
          outcome,
          group,
          {},
          { rowIds: matched.map((r) => r.id), rows: rowsOf(cond.q, ctx).length },
        ),
      );
      if (outcome) explainRows(cond.where, cond.q, matched, ctx, out);
      return;
    }
    case 'share': {
      const share = computeShare(cond.q, cond.amountField, cond.where, ctx);
      const actual = share ?? { share: null, part: 0, total: 0, rowIds: [] };
      out.push(
        entry(
          cond,
          ctx,
          outcome,
          group,
          { amountField: cond.amountField, cmp: cond.cmp, value: cond.value },
          actual,
        ),
      );
      return;
    }
    case 'distinct-count': {
      const values = distinctValues(cond.q, cond.field, cond.where, ctx);
      const expected = { field: cond.field, cmp: cond.cmp, value: cond.value };
      out.push(entry(cond, ctx, outcome, group, expected, { count: values.length, values }));
      return;
    }
    default:
      throw unknownOperator(cond);
  }
}

function explainRows(
  where: Condition,
  q: string,
  rows: GroupRow[],
  ctx: EvalContext,
  out: TraceEntry[],
): void {
  for (const row of rows) explainInto(where, withRow(ctx, row), true, q, out);
}

function entry(
  cond: LeafCondition,
  ctx: EvalContext,
  held: boolean,
  group: string | undefined,
  expected: Record<string, unknown>,
  actual: unknown,
): TraceEntry {
  const result: TraceEntry = { op: cond.op, expected, actual, held };
  if ('q' in cond && cond.q !== undefined) result.q = cond.q;
  if ('field' in cond && cond.field !== undefined && cond.op !== 'distinct-count') {
    result.field = cond.field;
    if (ctx.row) result.rowId = ctx.row.id;
    if (group) result.group = group;
  }
  return result;
}

function expectedOf(cond: LeafCondition): Record<string, unknown> {
  switch (cond.op) {
    case 'equals':
    case 'includes':
      return { value: cond.value };
    case 'one-of':
    case 'includes-any':
    case 'includes-all':
      return { values: cond.values };
    case 'compare':
      return { cmp: cond.cmp, value: cond.value };
    default:
      return {};
  }
}

/** A trace-friendly copy of an answer: groups become their row ids, so traces stay small. */
function describeValue(value: AnswerValue | undefined): unknown {
  if (value === undefined) return null;
  if (isGroupRows(value) && value.length > 0 && typeof value[0] === 'object') {
    return { rowIds: value.map((row) => row.id) };
  }
  if (isAmountValue(value)) return { amount: value.amount, currency: value.currency };
  return value;
}
