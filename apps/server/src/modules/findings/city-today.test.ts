import { describe, expect, it } from 'vitest';
import { todayInTimeZone } from './city-today.js';

describe("the city's today", () => {
  const instant = new Date('2026-01-01T03:30:00Z');
  it.each([
    ['UTC', '2026-01-01'],
    ['America/Toronto', '2025-12-31'],
    ['Asia/Tokyo', '2026-01-01'],
    ['Pacific/Kiritimati', '2026-01-01'],
    ['Pacific/Pago_Pago', '2025-12-31'],
  ])('in %s it is %s', (timeZone, expected) => {
    expect(todayInTimeZone(timeZone, instant)).toBe(expected);
  });
});
