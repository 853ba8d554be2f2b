import type { IntlShape } from 'react-intl';

/** Country and language names come from the browser's own data, in the reader's language. */
export function countryName(code: string, intl: IntlShape): string {
  return intl.formatDisplayName(code.toUpperCase(), { type: 'region', fallback: 'code' }) ?? code;
}

export function languageName(tag: string, intl: IntlShape): string {
  return intl.formatDisplayName(tag, { type: 'language', fallback: 'code' }) ?? tag;
}

export function languageList(tags: readonly string[], intl: IntlShape): string {
  return intl.formatList(
    tags.map((tag) => languageName(tag, intl)),
    { type: 'conjunction' },
  );
}
