import type { Locale } from '../api/types.js';

export const SUPPORTED_LOCALES: readonly Locale[] = ['en', 'fr', 'ar'];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, so a reader who cannot read the current one still finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
};

const STORAGE_KEY = 'concord.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Dates read "28 Nov 2026" rather than the US order: our users are mostly outside the US. */
export function formattingLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The stored choice first, then the browser's languages, then English. */
export function detectLocale(): Locale {
  const stored = readStoredLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

function readStoredLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}
