import { baseLanguage } from './labels/document-labels.js';

/** Formats numbers, money and dates the way readers of the document's language expect. */
export interface ValueFormatter {
  /** BCP 47 tag used for the file formats (en-GB, fr-FR, ar-SA). */
  language: string;
  number(value: number): string;
  /** Share as a percentage, 0.5 -> "50%". */
  percent(share: number): string;
  /** Money with its currency; an unknown currency code is written after the number. */
  amount(value: number, currency: string | undefined): string;
  /** YYYY-MM-DD -> "1 June 2025"; anything else is returned as written. */
  date(isoDate: string): string;
  /** Several choices on one line. */
  list(items: string[]): string;
}

// Intl tags per product language: British English for dates as the web app does, and the
// region whose conventions the translations were written for.
const LANGUAGE_TAGS: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', ar: 'ar-SA' };
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

export function languageTag(locale: string): string {
  return LANGUAGE_TAGS[baseLanguage(locale)] ?? locale;
}

export function isRightToLeft(locale: string): boolean {
  return RTL_LANGUAGES.has(baseLanguage(locale));
}

export function createValueFormatter(locale: string): ValueFormatter {
  const language = languageTag(locale);
  // Gregorian dates and Latin digits everywhere: figures and deadlines must read the same in
  // the Word file, the PDF and the app, whatever the region's default calendar.
  const intlLocale = `${language}-u-ca-gregory-nu-latn`;
  const numberFormat = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(intlLocale, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const dateFormat = new Intl.DateTimeFormat(intlLocale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  // Labels often contain "and" or commas themselves ("Youth and education"), so choices are
  // separated by semicolons rather than joined into a sentence.
  const listSeparator = baseLanguage(locale) === 'ar' ? '؛ ' : '; ';
  const moneyFormats = new Map<string, Intl.NumberFormat | null>();

  const moneyFormat = (currency: string): Intl.NumberFormat | null => {
    if (!moneyFormats.has(currency)) {
      let format: Intl.NumberFormat | null = null;
      if (/^[A-Z]{3}$/.test(currency)) {
        try {
          format = new Intl.NumberFormat(intlLocale, {
            style: 'currency',
            currency,
            currencyDisplay: 'code',
            maximumFractionDigits: 2,
            minimumFractionDigits: 0,
          });
        } catch {
          format = null;
        }
      }
      moneyFormats.set(currency, format);
    }
    return moneyFormats.get(currency) ?? null;
  };

  return {
    language,
    number: (value) => numberFormat.format(value),
    percent: (share) => percentFormat.format(share),
    amount(value, currency) {
      const code = currency?.trim().toUpperCase();
      if (!code) return numberFormat.format(value);
      const format = moneyFormat(code);
      return format ? format.format(value) : `${numberFormat.format(value)} ${code}`;
    },
    date(isoDate) {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      if (!match) return isoDate;
      const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
      return Number.isNaN(time) ? isoDate : dateFormat.format(time);
    },
    list: (items) => items.join(listSeparator),
  };
}
