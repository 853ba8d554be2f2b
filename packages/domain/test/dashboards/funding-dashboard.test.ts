import { describe, expect, it } from 'vitest';
import { amountIn, deriveFundingDashboard } from '../../src/dashboards/funding-dashboard.js';
import { baseCity, inputFor, q, scenarioValues, withAnswers } from './dashboards.helper.js';

const source = (id: string, fields: Record<string, string | number>) => ({ id, ...fields });
const fundingOf = (rows: ReturnType<typeof source>[], changes = {}) =>
  deriveFundingDashboard(
    inputFor(withAnswers(baseCity, { [q('funding', 'sources')]: rows, ...changes })),
  );

describe('funding mix by source type and year', () => {
  it.each([
    {
      case: 'S7 city budget 300k + national allocation 200k',
      values: scenarioValues('S7'),
      total: 500000,
      concentration: 0.6 ** 2 + 0.4 ** 2,
      currencies: ['NOK'],
      largest: 'city-budget',
    },
    {
      case: 'S1 two international donors only',
      values: scenarioValues('S1'),
      total: 180000,
      concentration: 1,
      currencies: ['USD'],
      largest: 'international-donor',
    },
    {
      case: 'S4 city hall matched one to one by a private partner',
      values: scenarioValues('S4'),
      total: 800000,
      concentration: 0.5,
      currencies: ['GBP'],
      largest: 'city-budget',
    },
  ])('$case', ({ values, total, concentration, currencies, largest }) => {
    const funding = deriveFundingDashboard(inputFor(values));
    expect(funding.total).toBe(total);
    expect(funding.concentration).toBeCloseTo(concentration, 10);
    expect(funding.equivalentSources).toBeCloseTo(1 / concentration, 10);
    expect(funding.currencies.map((c) => c.currency)).toEqual(currencies);
    expect(funding.isMixedCurrency).toBe(false);
    expect([...funding.bySource].sort((a, b) => b.amount - a.amount)[0]?.key).toBe(largest);
    expect(funding.competitiveShare).toBe(0);
  });

  it('spreads each source over its years by days, leap year included, and keeps the total', () => {
    const funding = deriveFundingDashboard(inputFor(scenarioValues('S7')));
    expect(funding.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    // 2025-01-01 .. 2029-12-31 is 1826 days, 366 of them in 2028.
    expect(amountIn(funding, 'city-budget', 2028)).toBeCloseTo((300000 * 366) / 1826, 6);
    expect(amountIn(funding, 'city-budget', 2025)).toBeCloseTo((300000 * 365) / 1826, 6);
    expect(amountIn(funding, 'private-partnership', 2025)).toBe(0);
    const spread = funding.bySourceAndYear.reduce((sum, c) => sum + c.amount, 0);
    expect(spread).toBeCloseTo(funding.total, 6);
    expect(funding.sourceTypes.map((s) => s.key)).toContain('national-competitive-grant');
  });

  it('starts the years at the earliest source even before the strategy (S1 donors from 2024)', () => {
    const funding = deriveFundingDashboard(inputFor(scenarioValues('S1')));
    expect(funding.years[0]).toBe(2024);
    expect(funding.horizon).toEqual({ start: '2025-01-01', end: '2028-12-31' });
  });

  it('measures the share won in competitive national calls', () => {
    const funding = fundingOf([
      source('grant', { sourceType: 'national-competitive-grant', amount: 300, currency: 'EUR' }),
      source('city', { sourceType: 'city-budget', amount: 100, currency: 'EUR' }),
    ]);
    expect(funding.competitiveShare).toBe(0.75);
    expect(funding.concentration).toBeCloseTo(0.75 ** 2 + 0.25 ** 2, 10);
    // Neither row has dates: the amounts are undated, not guessed into a year.
    expect(funding.undated).toEqual([
      { sourceType: 'national-competitive-grant', amount: 300 },
      { sourceType: 'city-budget', amount: 100 },
    ]);
    expect(funding.uncoveredHorizonYears).toEqual([2025, 2026, 2027, 2028]);
  });

  it.each([
    { endDate: '2025-03-31', ends: true, hasEnded: true },
    { endDate: '2026-12-31', ends: true, hasEnded: false },
    { endDate: '2025-01-01', ends: true, hasEnded: true },
    // On the strategy's last day or after: the money lasts as long as the strategy.
    { endDate: '2028-12-31', ends: false, hasEnded: false },
    { endDate: '2030-06-30', ends: false, hasEnded: false },
    // Ended before the strategy started: not part of the strategy's money at all.
    { endDate: '2024-12-31', ends: false, hasEnded: false },
  ])('funding ending $endDate ends inside the horizon: $ends', ({ endDate, ends, hasEnded }) => {
    const funding = fundingOf([
      source('grant', {
        sourceType: 'national-competitive-grant',
        name: 'Cohesion call',
        amount: 1000,
        currency: 'EUR',
        startDate: '2024-01-01',
        endDate,
      }),
    ]);
    expect(funding.endingInHorizon).toEqual(
      ends
        ? [
            {
              rowId: 'grant',
              name: 'Cohesion call',
              sourceType: 'national-competitive-grant',
              sourceLabel: 'National government grant won in a competitive call',
              amount: 1000,
              currency: 'EUR',
              endDate,
              hasEnded,
            },
          ]
        : [],
    );
  });

  it('finds the strategy years no dated funding covers', () => {
    const funding = fundingOf([
      source('a', {
        sourceType: 'city-budget',
        amount: 200,
        currency: 'EUR',
        startDate: '2025-01-01',
        endDate: '2026-12-31',
      }),
    ]);
    expect(funding.uncoveredHorizonYears).toEqual([2027, 2028]);
    expect(funding.endingInHorizon.map((e) => e.rowId)).toEqual(['a']);
  });

  it('flags a currency mix and orders currencies by amount', () => {
    const funding = fundingOf([
      source('eur', { sourceType: 'international-donor', amount: 100, currency: 'EUR' }),
      source('kes', { sourceType: 'city-budget', amount: 900, currency: 'kes' }),
    ]);
    expect(funding.isMixedCurrency).toBe(true);
    expect(funding.currencies).toEqual([
      { currency: 'KES', amount: 900, share: 0.9 },
      { currency: 'EUR', amount: 100, share: 0.1 },
    ]);
  });

  it('has no horizon, no endings and no uncovered years without the strategy period', () => {
    const funding = deriveFundingDashboard(
      inputFor(withAnswers(baseCity, { [q('framework', 'horizon-end')]: undefined })),
    );
    expect(funding.horizon).toBeNull();
    expect(funding.endingInHorizon).toEqual([]);
    expect(funding.uncoveredHorizonYears).toEqual([]);
    expect(funding.years).toEqual([2025, 2026, 2027, 2028, 2029]);
  });

  it('caps the years shown and sums the rest as later', () => {
    const funding = fundingOf([
      source('long', {
        sourceType: 'city-budget',
        amount: 1000,
        currency: 'EUR',
        startDate: '2025-01-01',
        endDate: '2074-12-31',
      }),
    ]);
    expect(funding.years).toHaveLength(30);
    expect(funding.later + funding.bySourceAndYear.reduce((s, c) => s + c.amount, 0)).toBeCloseTo(
      1000,
      6,
    );
    expect(funding.later).toBeGreaterThan(0);
  });

  it('ignores rows without an amount, and is empty with no sources', () => {
    const funding = fundingOf([
      source('blank', { sourceType: 'city-budget', name: 'To be decided' }),
    ]);
    expect(funding.total).toBe(0);
    expect(funding.sources).toEqual([]);
    expect(funding.concentration).toBeNull();
    expect(funding.equivalentSources).toBeNull();
    expect(funding.competitiveShare).toBeNull();
    expect(funding.years).toEqual([2025, 2026, 2027, 2028]);
  });
});
