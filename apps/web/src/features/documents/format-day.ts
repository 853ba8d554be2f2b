import type { IntlShape } from 'react-intl';

/** A YYYY-MM-DD day in the reader's format, without a time zone shifting it by one. */
export function formatDay(day: string, intl: IntlShape): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return intl.formatDate(date, { dateStyle: 'long', timeZone: 'UTC' });
}
