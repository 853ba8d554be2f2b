/**
 * The calendar date in the city's own time zone (YYYY-MM-DD). Deadlines are the city's: a
 * report due "today" in Toronto is still due when it is already tomorrow in UTC.
 */
export function todayInTimeZone(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
