import { describe, expect, it } from 'vitest';
import { splitAcrossYears, yearsBetween } from '../../src/dashboards/split-across-years.js';

describe('splitAcrossYears', () => {
  it.each([
    {
      case: 'one whole year',
      amount: 365,
      start: '2025-01-01',
      end: '2025-12-31',
      expected: [[2025, 365]],
    },
    {
      case: 'half and half across new year (184 + 181 days)',
      amount: 365,
      start: '2025-07-01',
      end: '2026-06-30',
      expected: [
        [2025, 184],
        [2026, 181],
      ],
    },
    {
      case: 'a leap year counts its extra day',
      amount: 731,
      start: '2027-01-01',
      end: '2028-12-31',
      expected: [
        [2027, 365],
        [2028, 366],
      ],
    },
    {
      case: 'a single day',
      amount: 10,
      start: '2025-03-01',
      end: '2025-03-01',
      expected: [[2025, 10]],
    },
  ])('$case', ({ amount, start, end, expected }) => {
    const parts = splitAcrossYears(amount, start, end)!;
    expect(parts.map((p) => [p.year, Math.round(p.amount * 1e6) / 1e6])).toEqual(expected);
  });

  it.each([
    { case: 'no start', start: null, end: '2025-12-31' },
    { case: 'no end', start: '2025-01-01', end: null },
    { case: 'end before start', start: '2026-01-01', end: '2025-12-31' },
    { case: 'not a date', start: '2025-02-30', end: '2025-12-31' },
  ])('returns null (undated) when there is $case', ({ start, end }) => {
    expect(splitAcrossYears(100, start, end)).toBeNull();
  });

  it('always adds up to the amount exactly, however the days divide', () => {
    for (const amount of [1, 1000, 123456.78, 1e9]) {
      const parts = splitAcrossYears(amount, '2024-02-29', '2031-11-07')!;
      expect(parts).toHaveLength(8);
      expect(parts.reduce((sum, p) => sum + p.amount, 0)).toBe(amount);
    }
  });

  it('lists the years between two dates', () => {
    expect(yearsBetween('2025-06-01', '2028-01-31')).toEqual([2025, 2026, 2027, 2028]);
  });
});
