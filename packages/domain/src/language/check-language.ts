import { compileWordList, isCompiledWordList, type CompiledWordList } from './compile-word-list.js';
import { findAgreedKeyTerms, type GlossaryTerm } from './glossary.js';
import type { WordList } from './language.schema.js';
import { findPatternMatches, keepLongest } from './match-patterns.js';
import { tokenizeText } from './tokenize-text.js';
import type { LanguageCategory, LanguageSeverity } from './word-list.constants.js';

/**
 * A listed word or phrase found in the text. `start`/`end` are UTF-16 offsets as used by
 * String.prototype.slice, so `text.slice(start, end) === match`; the span covers whole written
 * words, an Arabic prefix such as و or بال included.
 */
export interface LanguageFlag {
  entryId: string;
  category: LanguageCategory;
  severity: LanguageSeverity;
  start: number;
  end: number;
  match: string;
  why: string;
  suggestions: string[];
  cites: string[];
}

/** A key term used in the text while the glossary holds no agreed definition of it. */
export interface UndefinedKeyTerm {
  keyTermId: string;
  /** The key term as the word list names it, e.g. "radicalisation". */
  term: string;
  start: number;
  end: number;
  match: string;
}

export interface LanguageCheckResult {
  locale: string;
  /** Version of the word list used, so a stored result says what it was checked against. */
  wordListVersion: number;
  flags: LanguageFlag[];
  undefinedKeyTerms: UndefinedKeyTerm[];
}

export interface CheckLanguageInput {
  text: string;
  /** The language of `text`; must be the word list's language (fr-BE fits fr). */
  locale: string;
  wordList: WordList | CompiledWordList;
  /** The city's glossary rows; see readGlossary(). */
  glossary?: readonly GlossaryTerm[];
}

/**
 * Flags securitised, contested or stigmatising wording in a text and key terms the city has not
 * yet defined, as the Strategy chapter asks (Additional considerations > Avoid securitisation,
 * Definitional challenges). Pure and synchronous, so the editor can run it on every change.
 */
export function checkLanguage({
  text,
  locale,
  wordList,
  glossary = [],
}: CheckLanguageInput): LanguageCheckResult {
  const list = isCompiledWordList(wordList) ? wordList : compileWordList(wordList);
  if (baseLanguage(locale) !== baseLanguage(list.locale))
    throw new Error(
      `checkLanguage: text in ${locale} cannot be checked with the ${list.locale} word list`,
    );

  const tokens = tokenizeText(text);
  const matches = findPatternMatches(list, text, tokens);
  const entryMatches = keepLongest(
    matches.filter((m) => m.kind === 'entry'),
    tokens.length,
  );
  const keyMatches = keepLongest(
    matches.filter((m) => m.kind === 'key'),
    tokens.length,
  );
  const agreed = keyMatches.length > 0 ? findAgreedKeyTerms(list, glossary) : new Set<string>();

  return {
    locale: list.locale,
    wordListVersion: list.version,
    flags: entryMatches.map((m) => {
      const entry = list.entries[m.index]!;
      return {
        entryId: entry.id,
        category: entry.category,
        severity: entry.severity,
        start: m.start,
        end: m.end,
        match: text.slice(m.start, m.end),
        why: entry.why,
        suggestions: entry.suggestions,
        cites: entry.cites,
      };
    }),
    undefinedKeyTerms: keyMatches
      .map((m) => ({ m, term: list.keyTerms[m.index]! }))
      .filter(({ term }) => !agreed.has(term.id))
      .map(({ m, term }) => ({
        keyTermId: term.id,
        term: term.term,
        start: m.start,
        end: m.end,
        match: text.slice(m.start, m.end),
      })),
  };
}

function baseLanguage(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}
