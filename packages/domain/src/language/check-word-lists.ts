import type { ProblemList } from '../check/check-problem.js';
import type { ContentLibrary } from '../content/library.schema.js';
import { SOURCE_LOCALE } from '../i18n/localize-content.js';
import { LANGUAGE_RULE_CODES } from './word-list.constants.js';

/**
 * What the word-list schema cannot see on its own: the file name matches the locale, ids carry
 * the library's prefix, cited guide sections exist, and no content rule takes a LANG code.
 * Uniqueness inside a list is already enforced by WordListSchema.
 */
export function checkWordLists(
  library: ContentLibrary,
  requiredLocales: readonly string[],
  problems: ProblemList,
): void {
  const lists = library.language;
  if (lists === undefined) return;
  const citations = new Set(Object.keys(library.citations));
  const prefix = `${library.id}:lang:`;

  for (const [name, list] of Object.entries(lists)) {
    const path = `language/${name}`;
    if (list.locale !== name)
      problems.error(
        `${path}.locale`,
        `Locale ${list.locale} does not match the file name ${name}.yaml`,
      );
    const items = [
      ...list.entries.map((e, i) => ({ ...e, path: `${path}.entries.${i}` })),
      ...list.keyTerms.map((k, i) => ({ ...k, cites: [], path: `${path}.keyTerms.${i}` })),
    ];
    for (const item of items) {
      if (!item.id.startsWith(prefix))
        problems.error(item.path, `Id ${item.id} should start with ${prefix}`);
      for (const key of item.cites)
        if (!citations.has(key))
          problems.error(
            `${item.path}.cites`,
            `Cites ${key}, which library.yaml citations does not list`,
          );
    }
  }

  for (const code of LANGUAGE_RULE_CODES) {
    const id = `${library.id}:rule:${code}`;
    if (library.rules.some((r) => r.id === id))
      problems.error(id, `${code} is produced by the language check; give this rule another code`);
  }

  for (const locale of [SOURCE_LOCALE, ...requiredLocales])
    if (!lists[locale])
      problems.warning(
        `language/${locale}.yaml`,
        `No word list for ${locale}, so texts in that language are not checked`,
      );
}
