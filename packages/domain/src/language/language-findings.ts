import type { Finding } from '../engine/derive-findings.js';
import type { LanguageCheckResult } from './check-language.js';
import { isCompiledWordList, type CompiledWordList } from './compile-word-list.js';
import type { WordList } from './language.schema.js';
import {
  LANGUAGE_FINDINGS_SECTION,
  type LanguageRuleCode,
  type LanguageSeverity,
} from './word-list.constants.js';

/** Where a checked text lives in the answers: a question, or a field of one group row. */
export interface TextLocation {
  q: string;
  rowId?: string;
  field?: string;
}

export interface LocatedLanguageResult extends LanguageCheckResult {
  location?: TextLocation;
}

/** One place that made a language finding fire. */
export interface LanguageOccurrence {
  /** Set for LANG-01 (a word-list entry) ... */
  entryId?: string;
  /** ... or for LANG-02 (a key term without an agreed definition). */
  keyTermId?: string;
  match: string;
  start: number;
  end: number;
  location?: TextLocation;
}

/**
 * Shaped like an engine Finding so the workspace can list both together, but explained by the
 * occurrences in the text instead of a trace of answer conditions.
 */
export interface LanguageFinding extends Omit<Finding, 'trace' | 'recurring' | 'severity'> {
  severity: LanguageSeverity;
  source: 'language';
  occurrences: LanguageOccurrence[];
}

export interface LanguageFindingsInput {
  results: readonly LocatedLanguageResult[];
  /** Supplies the finding texts; pass the word list of the reader's language. */
  wordList: WordList | CompiledWordList;
  /** Library id for the rule ids, `strategy` unless the content says otherwise. */
  libraryId?: string;
}

/**
 * Turns language flags into at most two findings: LANG-01 (securitised, contested or
 * stigmatising wording) and LANG-02 (key terms without an agreed definition). The engine cannot
 * express them as rules, since its conditions read answers and never scan free text.
 */
export function languageFindings({
  results,
  wordList,
  libraryId = 'strategy',
}: LanguageFindingsInput): LanguageFinding[] {
  const texts = (isCompiledWordList(wordList) ? wordList.source : wordList).findings;
  const flagged = results.flatMap((r) => r.flags.map((flag) => ({ flag, location: r.location })));
  const undefinedTerms = results.flatMap((r) =>
    r.undefinedKeyTerms.map((term) => ({ term, location: r.location })),
  );
  const findings: LanguageFinding[] = [];
  const build = (
    code: LanguageRuleCode,
    severity: LanguageSeverity,
    cites: string[],
    tags: string[],
    occurrences: LanguageOccurrence[],
  ): LanguageFinding => ({
    ruleId: `${libraryId}:rule:${code}`,
    kind: 'gap',
    severity,
    section: LANGUAGE_FINDINGS_SECTION,
    title: texts[code].title,
    why: texts[code].why,
    actions: texts[code].actions,
    cites,
    examples: [],
    tags,
    source: 'language',
    occurrences,
  });

  if (flagged.length > 0) {
    findings.push(
      build(
        'LANG-01',
        flagged.some(({ flag }) => flag.severity === 'medium') ? 'medium' : 'info',
        [...new Set(flagged.flatMap(({ flag }) => flag.cites))].sort(),
        ['language', 'securitisation'],
        flagged.map(({ flag, location }) => ({
          entryId: flag.entryId,
          match: flag.match,
          start: flag.start,
          end: flag.end,
          ...(location ? { location } : {}),
        })),
      ),
    );
  }
  if (undefinedTerms.length > 0) {
    findings.push(
      build(
        'LANG-02',
        'medium',
        ['strategy.considerations.definitions'],
        ['language', 'definitions'],
        undefinedTerms.map(({ term, location }) => ({
          keyTermId: term.keyTermId,
          match: term.match,
          start: term.start,
          end: term.end,
          ...(location ? { location } : {}),
        })),
      ),
    );
  }
  // Same order as the engine's findings: by severity, then rule id.
  return findings.sort(
    (a, b) =>
      Number(a.severity === 'info') - Number(b.severity === 'info') ||
      (a.ruleId < b.ruleId ? -1 : 1),
  );
}
