import { describe, expect, it } from 'vitest';
import { ConditionSchema, CONDITION_OPS } from './condition.schema.js';

describe('ConditionSchema', () => {
  it('accepts one example of every operator', () => {
    const examples = [
      { op: 'all', of: [{ op: 'answered', q: 'x:q:a' }] },
      { op: 'any', of: [{ op: 'answered', q: 'x:q:a' }] },
      { op: 'not', cond: { op: 'answered', q: 'x:q:a' } },
      { op: 'answered', q: 'x:q:a' },
      { op: 'equals', q: 'x:q:a', value: 'yes' },
      { op: 'one-of', q: 'x:q:a', values: ['no', 'unknown'] },
      { op: 'includes', q: 'x:q:a', value: 'y' },
      { op: 'includes-any', q: 'x:q:a', values: ['y'] },
      { op: 'includes-all', q: 'x:q:a', values: ['y'] },
      { op: 'compare', q: 'x:q:a', cmp: 'lte', value: 2 },
      { op: 'count', q: 'x:q:g', cmp: 'gte', value: 1 },
      { op: 'some-row', q: 'x:q:g', where: { op: 'equals', field: 'kind', value: 'a' } },
      { op: 'every-row', q: 'x:q:g', where: { op: 'answered', field: 'kind' } },
      {
        op: 'share',
        q: 'x:q:g',
        amountField: 'amount',
        where: { op: 'answered', field: 'kind' },
        cmp: 'gt',
        value: 0.5,
      },
      { op: 'date-within', q: 'x:q:d', from: { today: true }, to: { monthsFromToday: 12 } },
      { op: 'distinct-count', q: 'x:q:g', field: 'kind', cmp: 'eq', value: 1 },
    ];
    expect(examples.map((e) => e.op).sort()).toEqual([...CONDITION_OPS].sort());
    for (const example of examples)
      expect(ConditionSchema.safeParse(example).success, example.op).toBe(true);
  });

  it('rejects an unknown operator, with its path, even deep in the tree', () => {
    const result = ConditionSchema.safeParse({
      op: 'all',
      of: [
        { op: 'answered', q: 'x:q:a' },
        { op: 'not', cond: { op: 'matches' } },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['of', 1, 'cond', 'op']);
  });

  it.each([
    ['neither q nor field', { op: 'answered' }],
    ['both q and field', { op: 'answered', q: 'x:q:a', field: 'kind' }],
    ['an unknown key (typo)', { op: 'equals', q: 'x:q:a', vaule: 'yes' }],
    ['an empty all', { op: 'all', of: [] }],
    [
      'a share above 1',
      {
        op: 'share',
        q: 'x:q:g',
        amountField: 'amount',
        where: { op: 'answered', field: 'k' },
        cmp: 'gt',
        value: 2,
      },
    ],
    ['an unknown comparator', { op: 'compare', q: 'x:q:a', cmp: 'ne', value: 1 }],
    ['a date window with no bound', { op: 'date-within', q: 'x:q:d' }],
    ['a malformed fixed date', { op: 'date-within', q: 'x:q:d', from: { date: '2024-13-01' } }],
    ['a row operator without where', { op: 'some-row', q: 'x:q:g' }],
  ])('rejects %s', (_name, cond) => {
    expect(ConditionSchema.safeParse(cond).success).toBe(false);
  });
});
