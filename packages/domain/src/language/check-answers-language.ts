import type { Answers } from '../answers/answers.types.js';
import { isGroupRows } from '../answers/answers.types.js';
import type { CompiledContent } from '../engine/compiled-content.types.js';
import { checkLanguage } from './check-language.js';
import { compileWordList, isCompiledWordList, type CompiledWordList } from './compile-word-list.js';
import { readGlossary } from './glossary.js';
import type { LocatedLanguageResult } from './language-findings.js';
import type { WordList } from './language.schema.js';
import { GLOSSARY_QUESTION_ID } from './word-list.constants.js';

export interface CheckAnswersLanguageInput {
  content: CompiledContent;
  answers: Answers;
  /** The language the city writes its answers in. */
  locale: string;
  wordList: WordList | CompiledWordList;
  /** Question ids that apply (Evaluation.applicable); answers to others are skipped. */
  applicable?: readonly string[];
}

const TEXT_TYPES = new Set(['text', 'long-text']);

/**
 * Runs the language check over the strategy's own words: every text answer and every text
 * field of a group row, in content order. The glossary is left out (it is where key terms are
 * defined) and so are sensitive questions (they are never published). Returns only the texts
 * with something to flag, ready for languageFindings().
 */
export function checkAnswersLanguage({
  content,
  answers,
  locale,
  wordList,
  applicable,
}: CheckAnswersLanguageInput): LocatedLanguageResult[] {
  const list = isCompiledWordList(wordList) ? wordList : compileWordList(wordList);
  const glossary = readGlossary(answers.values);
  const applies = applicable ? new Set(applicable) : undefined;
  const results: LocatedLanguageResult[] = [];
  const check = (text: unknown, location: LocatedLanguageResult['location']) => {
    if (typeof text !== 'string' || text.trim() === '') return;
    const result = checkLanguage({ text, locale, wordList: list, glossary });
    if (result.flags.length > 0 || result.undefinedKeyTerms.length > 0)
      results.push({ ...result, location });
  };

  for (const section of content.sections) {
    for (const id of section.questionIds) {
      const question = content.questions.get(id)!;
      if (id === GLOSSARY_QUESTION_ID || question.sensitive) continue;
      if (applies && !applies.has(id)) continue;
      const value = answers.values[id];
      if (TEXT_TYPES.has(question.type)) check(value, { q: id });
      else if (question.type === 'group' && isGroupRows(value)) {
        const textFields = (question.fields ?? []).filter((f) => TEXT_TYPES.has(f.type));
        for (const row of value)
          for (const field of textFields)
            check(row[field.key], { q: id, rowId: row.id, field: field.key });
      }
    }
  }
  return results;
}
