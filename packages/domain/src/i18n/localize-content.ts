import type { ContentLibrary } from '../content/library.schema.js';
import type { Locales } from '../content/locale.schema.js';
import { mapContentStrings } from './translatable-strings.js';

/** The language the content is written in; it needs no translation file. */
export const SOURCE_LOCALE = 'en';

export interface LocalizedContent {
  content: ContentLibrary;
  locale: string;
  /** Keys shown in English because the locale has no translation for them yet. */
  untranslated: string[];
}

/**
 * Swaps every user-facing string for its translation. Strings without one stay in English and
 * are listed in `untranslated`, so the interface can say so instead of mixing languages silently.
 */
export function localizeContent(
  library: ContentLibrary,
  locales: Locales,
  locale: string,
): LocalizedContent {
  if (locale === SOURCE_LOCALE) return { content: library, locale, untranslated: [] };
  const translations = locales[locale] ?? {};
  const untranslated: string[] = [];
  const content = mapContentStrings(library, (key, text) => {
    const translated = Object.hasOwn(translations, key) ? translations[key] : undefined;
    if (translated === undefined) {
      untranslated.push(key);
      return text;
    }
    return translated;
  });
  return { content, locale, untranslated };
}
