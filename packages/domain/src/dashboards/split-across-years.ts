import { isIsoDate } from '../engine/dates.js';

export interface YearAmount {
  year: number;
  amount: number;
}

const DAY_MS = 86_400_000;

/**
 * Spreads an amount over the calendar years of its period in proportion to the days that fall
 * in each year (both ends included): 1,200 from 1 July 2025 to 30 June 2026 gives about 604 to
 * 2025 and 596 to 2026. Returns null when the period is missing or runs backwards, so callers
 * can show the amount as undated instead of guessing.
 */
export function splitAcrossYears(
  amount: number,
  startDate: string | null,
  endDate: string | null,
): YearAmount[] | null {
  if (!isIsoDate(startDate) || !isIsoDate(endDate) || endDate < startDate) return null;
  const start = dayNumber(startDate);
  const end = dayNumber(endDate);
  const totalDays = end - start + 1;
  const firstYear = Number(startDate.slice(0, 4));
  const lastYear = Number(endDate.slice(0, 4));
  const result: YearAmount[] = [];
  let assigned = 0;
  for (let year = firstYear; year <= lastYear; year++) {
    const from = Math.max(start, dayNumber(`${pad4(year)}-01-01`));
    const to = Math.min(end, dayNumber(`${pad4(year)}-12-31`));
    // The last year takes the remainder so the parts always add up to the amount exactly.
    const part = year === lastYear ? amount - assigned : (amount * (to - from + 1)) / totalDays;
    assigned += part;
    result.push({ year, amount: part });
  }
  return result;
}

/** The calendar years from the first to the last date's year, both included. */
export function yearsBetween(first: string, last: string): number[] {
  const years: number[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) years.push(y);
  return years;
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
  return Math.round(new Date(0).setUTCFullYear(y, m - 1, d) / DAY_MS);
}

function pad4(year: number): string {
  return String(year).padStart(4, '0');
}
