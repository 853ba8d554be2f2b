import type { CompiledQuestion } from '@concord/domain';
import { describe, expect, it } from 'vitest';
import { checkAnswerValue, startPartnerOf } from './answer-checks.js';

function question(source: Record<string, unknown>, fields?: Record<string, unknown>[]) {
  return {
    id: 'strategy:test:q:x',
    type: source.type,
    sectionId: 'strategy:test',
    required: false,
    sensitive: false,
    hasFieldConditions: false,
    source,
    ...(fields
      ? {
          fields: fields.map((field) => ({
            key: field.key,
            type: field.type,
            required: false,
            source: field,
          })),
        }
      : {}),
  } as unknown as CompiledQuestion;
}

describe('startPartnerOf', () => {
  it.each([
    ['endDate', 'startDate'],
    ['horizonEnd', 'horizonStart'],
    ['strategy:framework:q:horizon-end', 'strategy:framework:q:horizon-start'],
    ['strategy:x:q:grant-end-date', 'strategy:x:q:grant-start-date'],
    ['termEnds', undefined],
    ['weekend', undefined],
    ['adoptedOn', undefined],
  ])('%s -> %s', (name, expected) => {
    expect(startPartnerOf(name)).toBe(expected);
  });
});

describe('checkAnswerValue', () => {
  const funding = question({ type: 'group' }, [
    { key: 'amount', type: 'number', min: 0 },
    { key: 'share', type: 'number', unit: '%' },
    { key: 'grant', type: 'amount' },
    { key: 'startDate', type: 'date' },
    { key: 'endDate', type: 'date' },
  ]);

  it('accepts sound rows', () => {
    expect(
      checkAnswerValue(funding, [
        {
          id: 'a',
          share: 100,
          grant: { amount: 0, currency: 'EUR' },
          startDate: '2025-01-01',
          endDate: '2025-01-01',
        },
        { id: 'b', share: 0, endDate: '2020-01-01' },
      ]),
    ).toEqual([]);
  });

  it('names each problem by row and field', () => {
    expect(
      checkAnswerValue(funding, [
        { id: 'a', share: 100.5 },
        {
          id: 'b',
          grant: { amount: -1, currency: 'EUR' },
          startDate: '2026-02-01',
          endDate: '2026-01-31',
        },
      ]),
    ).toEqual([
      { path: [0, 'share'], message: 'A share cannot be more than 100%.' },
      { path: [1, 'grant', 'amount'], message: 'Enter an amount of 0 or more.' },
      {
        path: [1, 'endDate'],
        message: 'The end date must be on or after the start date (2026-02-01).',
      },
    ]);
  });

  it('checks single amounts and percentages', () => {
    expect(checkAnswerValue(question({ type: 'amount' }), { amount: -5, currency: 'USD' })).toEqual(
      [{ path: ['amount'], message: 'Enter an amount of 0 or more.' }],
    );
    expect(checkAnswerValue(question({ type: 'number', unit: 'percent' }), -1)).toEqual([
      { path: [], message: 'A share cannot be less than 0%.' },
    ]);
    expect(checkAnswerValue(question({ type: 'number', unit: 'people' }), 250)).toEqual([]);
  });
});
