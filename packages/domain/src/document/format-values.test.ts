import { describe, expect, it } from 'vitest';
import { createValueFormatter, isRightToLeft, languageTag } from './format-values.js';

// Intl puts no-break spaces between a currency code and its amount; compare them as spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('createValueFormatter', () => {
  it('writes dates and money the British way for English', () => {
    const format = createValueFormatter('en');
    expect(format.date('2025-06-01')).toBe('1 June 2025');
    expect(plain(format.amount(400000, 'GBP'))).toBe('GBP 400,000');
    expect(plain(format.amount(1234.5, 'eur'))).toBe('EUR 1,234.5');
    expect(format.percent(0.125)).toBe('12.5%');
    expect(format.list(['Youth and education', 'Culture'])).toBe('Youth and education; Culture');
  });

  it('keeps Gregorian dates and Latin digits in Arabic', () => {
    const format = createValueFormatter('ar');
    const date = format.date('2025-06-01');
    expect(date).toMatch(/2025/);
    expect(date).toMatch(/يونيو/);
    expect(format.amount(800000, 'GBP')).toMatch(/800,000/);
    expect(format.list(['أ', 'ب'])).toBe('أ؛ ب');
  });

  it('writes French numbers with French separators', () => {
    const format = createValueFormatter('fr');
    expect(format.date('2024-11-12')).toBe('12 novembre 2024');
    expect(plain(format.amount(300000, 'NOK'))).toBe('300 000 NOK');
  });

  it('never fails on a value it cannot format', () => {
    const format = createValueFormatter('en');
    expect(format.amount(10, 'POUNDS')).toBe('10 POUNDS');
    expect(format.amount(10, undefined)).toBe('10');
    expect(format.date('soon')).toBe('soon');
  });
});

describe('language settings', () => {
  it.each([
    ['en', 'en-GB', false],
    ['fr', 'fr-FR', false],
    ['ar', 'ar-SA', true],
    ['ar-EG', 'ar-SA', true],
  ])('%s -> %s, right to left %s', (locale, tag, rtl) => {
    expect(languageTag(locale)).toBe(tag);
    expect(isRightToLeft(locale)).toBe(rtl);
  });
});
