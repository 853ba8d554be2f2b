import { isIsoDate } from '../engine/dates.js';

export interface YearAmount {
  year: number;
  amount: number;
}

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

/**
 * Days since 1970-01-01 for a calendar date, by arithmetic alone (Howard Hinnant's
 * days-from-civil): no Date objects, no time zone, any year.
 */
function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function pad4(year: number): string {
  return String(year).padStart(4, '0');
}
