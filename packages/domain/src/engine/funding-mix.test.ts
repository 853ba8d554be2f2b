import { describe, expect, it } from 'vitest';
import { computeFundingMix } from './funding-mix.js';

describe('computeFundingMix', () => {
  it('shows the London pattern: city budget matched by a private partner', () => {
    const mix = computeFundingMix([
      { id: 'b', sourceType: 'private-partnership', amount: 400000, currency: 'GBP' },
      { id: 'a', sourceType: 'city-budget', amount: 400000, currency: 'GBP' },
    ]);
    expect(mix).toMatchObject({
      total: 800000,
      currencies: ['GBP'],
      isMixedCurrency: false,
      matchRatio: 1,
      sources: 2,
      herfindahl: 0.5,
    });
    expect(mix.bySource.map((s) => [s.key, s.share])).toEqual([
      ['city-budget', 0.5],
      ['private-partnership', 0.5],
    ]);
  });

  it('has no ratio or concentration without amounts, and flags mixed currencies', () => {
    expect(computeFundingMix(undefined)).toMatchObject({
      total: 0,
      herfindahl: null,
      matchRatio: null,
      sources: 0,
    });
    const mixed = computeFundingMix([
      { id: 'a', sourceType: 'city-budget', amount: 1, currency: 'EUR' },
      { id: 'b', sourceType: 'international-donor', amount: 1, currency: 'USD' },
    ]);
    expect(mixed.isMixedCurrency).toBe(true);
    expect(mixed.matchRatio).toBeNull();
  });

  it('gives 1 for a single source', () => {
    expect(
      computeFundingMix([{ id: 'a', sourceType: 'international-donor', amount: 5 }]).herfindahl,
    ).toBe(1);
  });
});
