/** Timestamps are stored as ISO-8601 UTC text, which sorts correctly as text on both databases. */
export function toTimestamp(date: Date): string {
  return date.toISOString();
}

export function addMilliseconds(date: Date, milliseconds: number): Date {
  return new Date(date.getTime() + milliseconds);
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
