import type { AnswerValue } from '../answers/answers.types.js';
import { isGroupRows } from '../answers/answers.types.js';
import type { CompiledWordList } from './compile-word-list.js';
import { findPatternMatches } from './match-patterns.js';
import { tokenizeText } from './tokenize-text.js';
import { GLOSSARY_QUESTION_ID } from './word-list.constants.js';

/**
 * One glossary row as the city records it (the rows of strategy:considerations:q:glossary fit
 * as they are). Loose on purpose: rows come straight from stored answers.
 */
export interface GlossaryTerm {
  term?: unknown;
  definition?: unknown;
  consensus?: unknown;
  [field: string]: unknown;
}

/** The glossary rows of a city's answers (empty when the question is unanswered). */
export function readGlossary(values: Readonly<Record<string, AnswerValue>>): GlossaryTerm[] {
  const rows = values[GLOSSARY_QUESTION_ID];
  return isGroupRows(rows) ? rows : [];
}

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * Key terms the glossary defines with consensus `agreed` and a written definition. A row counts
 * for every key term whose pattern appears in the row's term, so "Violent extremism" covers
 * extremism; rows are read with the same word list as the text (its language and prefixes).
 */
export function findAgreedKeyTerms(
  list: CompiledWordList,
  glossary: readonly GlossaryTerm[],
): Set<string> {
  const agreed = new Set<string>();
  for (const row of glossary) {
    if (row.consensus !== 'agreed' || !isText(row.term) || !isText(row.definition)) continue;
    for (const match of findPatternMatches(list, row.term, tokenizeText(row.term)))
      if (match.kind === 'key') agreed.add(list.keyTerms[match.index]!.id);
  }
  return agreed;
}
