import { expect } from 'vitest';
import { checkLanguage, type LanguageCheckResult } from '../../src/language/index.js';
import type { GlossaryTerm } from '../../src/language/glossary.js';
import type { WordList, WordListInput } from '../../src/language/language.schema.js';
import { WordListSchema } from '../../src/language/language.schema.js';
import { loadContent } from '../../src/node/index.js';

// The per-language tables run against the real word lists: a case proves the YAML says what we
// mean, as the rule tests do for rules.
const { library } = await loadContent();
export const wordLists = library.language!;

export function listFor(locale: string): WordList {
  const list = wordLists[locale];
  if (!list) throw new Error(`No word list for ${locale}`);
  return list;
}

export interface LanguageCase {
  text: string;
  /** Entry ids (after `strategy:lang:`) flagged, in text order. */
  flags: string[];
  /** The matched text of each flag, when the case checks spans. */
  matches?: string[];
  /** Key-term ids (after `strategy:lang:key:`) reported as undefined, in text order. */
  keyTerms?: string[];
  glossary?: GlossaryTerm[];
}

export function runCase(locale: string, c: LanguageCase): LanguageCheckResult {
  const result = checkLanguage({
    text: c.text,
    locale,
    wordList: listFor(locale),
    glossary: c.glossary ?? [],
  });
  expect(result.flags.map((f) => f.entryId.replace('strategy:lang:', ''))).toEqual(c.flags);
  if (c.matches) expect(result.flags.map((f) => f.match)).toEqual(c.matches);
  if (c.keyTerms)
    expect(
      result.undefinedKeyTerms.map((k) => k.keyTermId.replace('strategy:lang:key:', '')),
    ).toEqual(c.keyTerms);
  // Offsets always point at the reported text.
  for (const item of [...result.flags, ...result.undefinedKeyTerms])
    expect(c.text.slice(item.start, item.end)).toBe(item.match);
  return result;
}

/** A small list of our own, so offset and overlap tests do not move when the content changes. */
export function fixtureWordList(overrides: Partial<WordListInput> = {}): WordList {
  const entry = (id: string, patterns: string[], severity: 'medium' | 'info' = 'medium') => ({
    id: `strategy:lang:${id}`,
    patterns,
    category: 'securitised-framing' as const,
    severity,
    why: `Why ${id}`,
    suggestions: [`instead of ${id}`],
    cites: ['strategy.considerations.securitisation'],
  });
  return WordListSchema.parse({
    locale: 'en',
    version: 3,
    keyTerms: [
      {
        id: 'strategy:lang:key:extremism',
        term: 'extremism',
        patterns: ['extremism', 'extremist'],
      },
      { id: 'strategy:lang:key:hate', term: 'hate', patterns: ['hate'] },
    ],
    entries: [
      entry('terror', ['terror', 'terrorism']),
      entry('counter-terrorism', ['counter-terrorism']),
      entry('war-on-terror', ['war on terror'], 'info'),
      entry('suspect-community', ['suspect community']),
      entry('community-hotspot', ['community hotspot'], 'info'),
      entry('pcve', ['P/CVE']),
    ],
    findings: {
      'LANG-01': { title: 'Wording', why: 'Because wording.', actions: ['Reword'] },
      'LANG-02': { title: 'Terms', why: 'Because terms.', actions: ['Define'] },
    },
    ...overrides,
  });
}
