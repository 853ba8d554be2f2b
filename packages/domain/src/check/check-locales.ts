import type { ContentLibrary } from '../content/library.schema.js';
import type { Locales } from '../content/locale.schema.js';
import { listTranslatableKeys } from '../i18n/translatable-strings.js';
import type { ProblemList } from './check-problem.js';

export interface LocaleCoverage {
  locale: string;
  total: number;
  translated: number;
  missing: string[];
  /** Keys in the locale files that the content no longer has. */
  stale: string[];
}

export interface LocaleCheckOptions {
  /** Locales that must be complete; their missing keys are errors when `strict` is on. */
  required: string[];
  strict: boolean;
}

/**
 * Measures how much of the content each locale translates. Missing keys are grouped by owning
 * id in the report (one line per rule or question, not per string) to stay readable.
 */
export function checkLocales(
  library: ContentLibrary,
  locales: Locales,
  options: LocaleCheckOptions,
  problems: ProblemList,
): LocaleCoverage[] {
  const keys = listTranslatableKeys(library);
  const known = new Set(keys);
  const names = [...new Set([...Object.keys(locales), ...options.required])].sort();

  return names.map((locale) => {
    const translations = locales[locale] ?? {};
    const missing = keys.filter((key) => !Object.hasOwn(translations, key));
    const stale = Object.keys(translations)
      .filter((key) => !known.has(key))
      .sort();
    const isRequired = options.required.includes(locale);
    for (const [owner, fields] of groupByOwner(missing)) {
      const message = `missing translation of ${fields.join(', ')}`;
      if (isRequired && options.strict) problems.error(`locales/${locale}: ${owner}`, message);
    }
    if (missing.length > 0 && !(isRequired && options.strict)) {
      problems.warning(
        `locales/${locale}`,
        `${missing.length} of ${keys.length} strings are not translated`,
      );
    }
    for (const key of stale)
      problems.warning(
        `locales/${locale}: ${key}`,
        'Key does not exist in the content (renamed or removed?)',
      );
    return { locale, total: keys.length, translated: keys.length - missing.length, missing, stale };
  });
}

// `strategy:rule:MAN-01.actions.0` -> owner `strategy:rule:MAN-01`, field `actions.0`.
function groupByOwner(keys: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const dot = key.indexOf('.');
    const owner = dot === -1 ? key : key.slice(0, dot);
    const field = dot === -1 ? '' : key.slice(dot + 1);
    groups.set(owner, [...(groups.get(owner) ?? []), field]);
  }
  return groups;
}
