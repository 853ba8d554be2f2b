import { describe, expect, it } from 'vitest';
import type { AnswerValue, GroupRow } from '../answers/answers.types.js';
import type { Condition } from '../content/condition.schema.js';
import type { EvalContext } from './eval-context.js';
import { evaluateCondition } from './evaluate-condition.js';

const TODAY = '2025-06-15';
const context = (values: Record<string, AnswerValue>): EvalContext => ({
  values: new Map(Object.entries(values)),
  today: TODAY,
});

interface Case {
  name: string;
  cond: Condition;
  values: Record<string, AnswerValue>;
  holds: boolean;
}

const rows = (...items: Omit<GroupRow, 'id'>[]): GroupRow[] =>
  items.map((item, i) => ({ id: `r${i + 1}`, ...item }));
const funding = rows({ kind: 'grant', amount: 60 }, { kind: 'city', amount: 40 });

// One block per operator: it holds, it does not hold, and the boundary between the two.
const cases: Record<Condition['op'], Case[]> = {
  all: [
    {
      name: 'holds when every child holds',
      cond: {
        op: 'all',
        of: [
          { op: 'answered', q: 'a' },
          { op: 'answered', q: 'b' },
        ],
      },
      values: { a: 'x', b: 'y' },
      holds: true,
    },
    {
      name: 'fails when one child fails',
      cond: {
        op: 'all',
        of: [
          { op: 'answered', q: 'a' },
          { op: 'answered', q: 'b' },
        ],
      },
      values: { a: 'x' },
      holds: false,
    },
    {
      name: 'boundary: a single child',
      cond: { op: 'all', of: [{ op: 'answered', q: 'a' }] },
      values: { a: 'x' },
      holds: true,
    },
  ],
  any: [
    {
      name: 'holds when one child holds',
      cond: {
        op: 'any',
        of: [
          { op: 'answered', q: 'a' },
          { op: 'answered', q: 'b' },
        ],
      },
      values: { b: 'y' },
      holds: true,
    },
    {
      name: 'fails when no child holds',
      cond: {
        op: 'any',
        of: [
          { op: 'answered', q: 'a' },
          { op: 'answered', q: 'b' },
        ],
      },
      values: {},
      holds: false,
    },
    {
      name: 'boundary: a single failing child',
      cond: { op: 'any', of: [{ op: 'answered', q: 'a' }] },
      values: { a: '' },
      holds: false,
    },
  ],
  not: [
    {
      name: 'holds when the child fails',
      cond: { op: 'not', cond: { op: 'answered', q: 'a' } },
      values: {},
      holds: true,
    },
    {
      name: 'fails when the child holds',
      cond: { op: 'not', cond: { op: 'answered', q: 'a' } },
      values: { a: 'x' },
      holds: false,
    },
    {
      name: 'boundary: double negation',
      cond: { op: 'not', cond: { op: 'not', cond: { op: 'answered', q: 'a' } } },
      values: { a: 'x' },
      holds: true,
    },
  ],
  answered: [
    { name: 'holds for text', cond: { op: 'answered', q: 'a' }, values: { a: 'x' }, holds: true },
    { name: 'fails when absent', cond: { op: 'answered', q: 'a' }, values: {}, holds: false },
    {
      name: 'boundary: blank text is unanswered',
      cond: { op: 'answered', q: 'a' },
      values: { a: '   ' },
      holds: false,
    },
    {
      name: 'boundary: an empty list is unanswered',
      cond: { op: 'answered', q: 'a' },
      values: { a: [] },
      holds: false,
    },
    {
      name: 'boundary: zero is an answer',
      cond: { op: 'answered', q: 'a' },
      values: { a: 0 },
      holds: true,
    },
    {
      name: 'holds for an amount',
      cond: { op: 'answered', q: 'a' },
      values: { a: { amount: 0, currency: 'EUR' } },
      holds: true,
    },
  ],
  equals: [
    {
      name: 'holds on the same value',
      cond: { op: 'equals', q: 'a', value: 'no' },
      values: { a: 'no' },
      holds: true,
    },
    {
      name: 'fails on another value',
      cond: { op: 'equals', q: 'a', value: 'no' },
      values: { a: 'unknown' },
      holds: false,
    },
    {
      name: 'boundary: number vs numeric text',
      cond: { op: 'equals', q: 'a', value: 2 },
      values: { a: '2' },
      holds: false,
    },
    {
      name: 'boundary: never holds on a multi',
      cond: { op: 'equals', q: 'a', value: 'x' },
      values: { a: ['x'] },
      holds: false,
    },
  ],
  'one-of': [
    {
      name: 'holds when listed',
      cond: { op: 'one-of', q: 'a', values: ['no', 'unknown'] },
      values: { a: 'unknown' },
      holds: true,
    },
    {
      name: 'fails when not listed',
      cond: { op: 'one-of', q: 'a', values: ['no', 'unknown'] },
      values: { a: 'yes' },
      holds: false,
    },
    {
      name: 'boundary: unanswered',
      cond: { op: 'one-of', q: 'a', values: ['no'] },
      values: {},
      holds: false,
    },
  ],
  includes: [
    {
      name: 'holds when the multi has it',
      cond: { op: 'includes', q: 'a', value: 'x' },
      values: { a: ['y', 'x'] },
      holds: true,
    },
    {
      name: 'fails when it does not',
      cond: { op: 'includes', q: 'a', value: 'x' },
      values: { a: ['y'] },
      holds: false,
    },
    {
      name: 'boundary: a single value is not a list',
      cond: { op: 'includes', q: 'a', value: 'x' },
      values: { a: 'x' },
      holds: false,
    },
  ],
  'includes-any': [
    {
      name: 'holds with one match',
      cond: { op: 'includes-any', q: 'a', values: ['x', 'z'] },
      values: { a: ['z'] },
      holds: true,
    },
    {
      name: 'fails with none',
      cond: { op: 'includes-any', q: 'a', values: ['x', 'z'] },
      values: { a: ['y'] },
      holds: false,
    },
    {
      name: 'boundary: empty answer',
      cond: { op: 'includes-any', q: 'a', values: ['x'] },
      values: { a: [] },
      holds: false,
    },
  ],
  'includes-all': [
    {
      name: 'holds with every value',
      cond: { op: 'includes-all', q: 'a', values: ['x', 'z'] },
      values: { a: ['z', 'y', 'x'] },
      holds: true,
    },
    {
      name: 'fails with some missing',
      cond: { op: 'includes-all', q: 'a', values: ['x', 'z'] },
      values: { a: ['x'] },
      holds: false,
    },
    {
      name: 'boundary: exactly the values',
      cond: { op: 'includes-all', q: 'a', values: ['x'] },
      values: { a: ['x'] },
      holds: true,
    },
  ],
  compare: [
    {
      name: 'lte holds below',
      cond: { op: 'compare', q: 'a', cmp: 'lte', value: 2 },
      values: { a: 1 },
      holds: true,
    },
    {
      name: 'lte fails above',
      cond: { op: 'compare', q: 'a', cmp: 'lte', value: 2 },
      values: { a: 3 },
      holds: false,
    },
    {
      name: 'boundary: lte holds on equal',
      cond: { op: 'compare', q: 'a', cmp: 'lte', value: 2 },
      values: { a: 2 },
      holds: true,
    },
    {
      name: 'boundary: lt fails on equal',
      cond: { op: 'compare', q: 'a', cmp: 'lt', value: 2 },
      values: { a: 2 },
      holds: false,
    },
    {
      name: 'boundary: gt fails on equal',
      cond: { op: 'compare', q: 'a', cmp: 'gt', value: 2 },
      values: { a: 2 },
      holds: false,
    },
    {
      name: 'gte holds on equal',
      cond: { op: 'compare', q: 'a', cmp: 'gte', value: 2 },
      values: { a: 2 },
      holds: true,
    },
    {
      name: 'eq on an amount',
      cond: { op: 'compare', q: 'a', cmp: 'eq', value: 800000 },
      values: { a: { amount: 800000, currency: 'GBP' } },
      holds: true,
    },
    {
      name: 'unanswered never compares',
      cond: { op: 'compare', q: 'a', cmp: 'lt', value: 2 },
      values: {},
      holds: false,
    },
  ],
  count: [
    {
      name: 'counts matching rows',
      cond: {
        op: 'count',
        q: 'g',
        where: { op: 'equals', field: 'kind', value: 'grant' },
        cmp: 'eq',
        value: 1,
      },
      values: { g: funding },
      holds: true,
    },
    {
      name: 'fails when too few',
      cond: { op: 'count', q: 'g', cmp: 'gte', value: 3 },
      values: { g: funding },
      holds: false,
    },
    {
      name: 'boundary: no rows is zero',
      cond: { op: 'count', q: 'g', cmp: 'eq', value: 0 },
      values: {},
      holds: true,
    },
    {
      name: 'counts the items of a multi',
      cond: { op: 'count', q: 'm', cmp: 'lt', value: 3 },
      values: { m: ['x', 'y'] },
      holds: true,
    },
    {
      name: 'boundary: multi at the limit',
      cond: { op: 'count', q: 'm', cmp: 'lt', value: 2 },
      values: { m: ['x', 'y'] },
      holds: false,
    },
  ],
  'some-row': [
    {
      name: 'holds when one row matches',
      cond: { op: 'some-row', q: 'g', where: { op: 'equals', field: 'kind', value: 'city' } },
      values: { g: funding },
      holds: true,
    },
    {
      name: 'fails when none matches',
      cond: { op: 'some-row', q: 'g', where: { op: 'equals', field: 'kind', value: 'donor' } },
      values: { g: funding },
      holds: false,
    },
    {
      name: 'boundary: no rows',
      cond: { op: 'some-row', q: 'g', where: { op: 'answered', field: 'kind' } },
      values: { g: [] },
      holds: false,
    },
  ],
  'every-row': [
    {
      name: 'holds when all rows match',
      cond: {
        op: 'every-row',
        q: 'g',
        where: { op: 'compare', field: 'amount', cmp: 'gt', value: 10 },
      },
      values: { g: funding },
      holds: true,
    },
    {
      name: 'fails when one does not',
      cond: { op: 'every-row', q: 'g', where: { op: 'equals', field: 'kind', value: 'grant' } },
      values: { g: funding },
      holds: false,
    },
    {
      name: 'boundary: no rows is false',
      cond: { op: 'every-row', q: 'g', where: { op: 'answered', field: 'kind' } },
      values: {},
      holds: false,
    },
  ],
  share: [
    {
      name: 'holds above the threshold',
      cond: {
        op: 'share',
        q: 'g',
        amountField: 'amount',
        where: { op: 'equals', field: 'kind', value: 'grant' },
        cmp: 'gt',
        value: 0.5,
      },
      values: { g: funding },
      holds: true,
    },
    {
      name: 'fails below',
      cond: {
        op: 'share',
        q: 'g',
        amountField: 'amount',
        where: { op: 'equals', field: 'kind', value: 'city' },
        cmp: 'gt',
        value: 0.5,
      },
      values: { g: funding },
      holds: false,
    },
    {
      name: 'boundary: exactly 0.6 is gte 0.6',
      cond: {
        op: 'share',
        q: 'g',
        amountField: 'amount',
        where: { op: 'equals', field: 'kind', value: 'grant' },
        cmp: 'gte',
        value: 0.6,
      },
      values: { g: funding },
      holds: true,
    },
    {
      name: 'boundary: a zero total is false',
      cond: {
        op: 'share',
        q: 'g',
        amountField: 'amount',
        where: { op: 'answered', field: 'kind' },
        cmp: 'gte',
        value: 0,
      },
      values: { g: rows({ kind: 'grant', amount: 0 }) },
      holds: false,
    },
    {
      name: 'reads amount fields too',
      cond: {
        op: 'share',
        q: 'g',
        amountField: 'amount',
        where: { op: 'equals', field: 'kind', value: 'grant' },
        cmp: 'eq',
        value: 1,
      },
      values: { g: rows({ kind: 'grant', amount: { amount: 5, currency: 'EUR' } }) },
      holds: true,
    },
  ],
  'date-within': [
    {
      name: 'holds inside the window',
      cond: { op: 'date-within', q: 'd', from: { today: true }, to: { monthsFromToday: 12 } },
      values: { d: '2026-01-01' },
      holds: true,
    },
    {
      name: 'fails after the window',
      cond: { op: 'date-within', q: 'd', from: { today: true }, to: { monthsFromToday: 12 } },
      values: { d: '2026-06-16' },
      holds: false,
    },
    {
      name: 'boundary: the last day is inside',
      cond: { op: 'date-within', q: 'd', from: { today: true }, to: { monthsFromToday: 12 } },
      values: { d: '2026-06-15' },
      holds: true,
    },
    {
      name: 'boundary: today is inside',
      cond: { op: 'date-within', q: 'd', from: { today: true } },
      values: { d: TODAY },
      holds: true,
    },
    {
      name: 'a bound from another question',
      cond: { op: 'date-within', q: 'd', to: { q: 'end' } },
      values: { d: '2027-01-01', end: '2027-12-31' },
      holds: true,
    },
    {
      name: 'an unanswered bound makes it false',
      cond: { op: 'date-within', q: 'd', to: { q: 'end' } },
      values: { d: '2027-01-01' },
      holds: false,
    },
    {
      name: 'a fixed date and a past window',
      cond: {
        op: 'date-within',
        q: 'd',
        from: { date: '2020-01-01' },
        to: { monthsFromToday: -1 },
      },
      values: { d: '2025-05-15' },
      holds: true,
    },
  ],
  'distinct-count': [
    {
      name: 'counts distinct values',
      cond: { op: 'distinct-count', q: 'g', field: 'kind', cmp: 'eq', value: 2 },
      values: { g: funding },
      holds: true,
    },
    {
      name: 'fails on a single source type',
      cond: { op: 'distinct-count', q: 'g', field: 'kind', cmp: 'gte', value: 2 },
      values: { g: rows({ kind: 'grant' }, { kind: 'grant' }) },
      holds: false,
    },
    {
      name: 'boundary: unanswered fields do not count',
      cond: { op: 'distinct-count', q: 'g', field: 'kind', cmp: 'eq', value: 1 },
      values: { g: rows({ kind: 'grant' }, { amount: 3 }) },
      holds: true,
    },
    {
      name: 'respects where',
      cond: {
        op: 'distinct-count',
        q: 'g',
        field: 'kind',
        where: { op: 'compare', field: 'amount', cmp: 'gt', value: 50 },
        cmp: 'eq',
        value: 1,
      },
      values: { g: funding },
      holds: true,
    },
  ],
};

describe('evaluateCondition', () => {
  for (const [op, table] of Object.entries(cases)) {
    describe(op, () => {
      it.each(table)('$name', ({ cond, values, holds }) => {
        expect(evaluateCondition(cond, context(values))).toBe(holds);
      });
    });
  }

  it('reads the current row through `field`, and questions through `q`, inside a where', () => {
    const cond: Condition = {
      op: 'some-row',
      q: 'g',
      where: {
        op: 'all',
        of: [
          { op: 'equals', field: 'kind', value: 'city' },
          { op: 'equals', q: 'flag', value: 'yes' },
        ],
      },
    };
    expect(evaluateCondition(cond, context({ g: funding, flag: 'yes' }))).toBe(true);
    expect(evaluateCondition(cond, context({ g: funding, flag: 'no' }))).toBe(false);
  });

  it('throws a clear error on an operator it does not know', () => {
    const bogus = { op: 'matches-regex', q: 'a', value: '.*' } as unknown as Condition;
    expect(() => evaluateCondition(bogus, context({ a: 'x' }))).toThrow(
      /Unknown condition operator "matches-regex"/,
    );
  });

  it('throws on an unknown operator nested deep in the tree', () => {
    const bogus = {
      op: 'all',
      of: [{ op: 'answered', q: 'a' }, { op: 'nope' }],
    } as unknown as Condition;
    expect(() => evaluateCondition(bogus, context({ a: 'x' }))).toThrow(/"nope"/);
  });
});
