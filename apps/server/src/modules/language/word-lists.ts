import type { CompiledWordList } from '@concord/domain';
import { invalidFields } from '../../errors/app-error.js';
import type { ContentCatalog } from '../content/content-catalog.js';

export function baseLanguage(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/** The word list for a text's language, or a 400 naming the languages Concord can check. */
export function requireWordList(
  catalog: ContentCatalog,
  locale: string,
  path: string,
): CompiledWordList {
  const list = catalog.wordLists[baseLanguage(locale)];
  if (list) return list;
  const known = Object.keys(catalog.wordLists).sort().join(', ');
  throw invalidFields([
    {
      path,
      message: `Concord has no word list for this language yet. Choose one of: ${known}.`,
    },
  ]);
}

/** The first of the city's languages that has a word list (answers are written in it). */
export function pickTextLocale(catalog: ContentCatalog, cityLanguages: readonly string[]): string {
  return cityLanguages.map(baseLanguage).find((language) => language in catalog.wordLists) ?? 'en';
}
