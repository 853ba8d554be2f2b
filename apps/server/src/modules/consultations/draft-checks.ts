import {
  type AnswerValue,
  type CompiledContent,
  GLOSSARY_QUESTION_ID,
  isGroupRows,
} from '@concord/domain';
import { type FieldProblem, invalidFields } from '../../errors/app-error.js';
import type { Locale } from '../users/user.js';
import { baseLanguage } from '../language/word-lists.js';
import type { ConsultationText } from './consultation.js';

export interface DraftInput {
  languages: Locale[];
  texts: Partial<Record<Locale, ConsultationText>>;
  questionIds: string[];
  definitionRowIds: string[];
  opensOn: string;
  closesOn: string;
}

/**
 * Checks a draft against what the server knows: the city's languages, the content's questions
 * and the glossary rows. Throws every problem at once, with paths under `body`.
 */
export function assertDraftFits(
  draft: DraftInput,
  {
    cityLanguages,
    content,
    values,
  }: {
    cityLanguages: readonly string[];
    content: CompiledContent;
    values: Readonly<Record<string, AnswerValue>>;
  },
): void {
  const problems: FieldProblem[] = [];
  const cityBases = new Set(cityLanguages.map(baseLanguage));
  draft.languages.forEach((language, index) => {
    if (!cityBases.has(language)) {
      problems.push({
        path: `body.languages.${index}`,
        message: "Choose from the city's languages. A city admin can add languages to the city.",
      });
    }
  });
  for (const language of Object.keys(draft.texts)) {
    if (!draft.languages.includes(language as Locale)) {
      problems.push({
        path: `body.texts.${language}`,
        message: 'This language is not one of the consultation languages.',
      });
    }
  }
  if (draft.closesOn < draft.opensOn) {
    problems.push({
      path: 'body.closesOn',
      message: 'The closing date must be the same as or after the opening date.',
    });
  }
  draft.questionIds.forEach((questionId, index) => {
    const path = `body.questionIds.${index}`;
    if (questionId === GLOSSARY_QUESTION_ID) {
      problems.push({ path, message: 'Choose key terms from the glossary in definitionRowIds.' });
    } else if (!content.questions.has(questionId)) {
      problems.push({
        path,
        message: `There is no question with this id in content version ${content.version}.`,
      });
    }
  });
  if (new Set(draft.questionIds).size !== draft.questionIds.length) {
    problems.push({ path: 'body.questionIds', message: 'Choose each question once.' });
  }
  const glossary = values[GLOSSARY_QUESTION_ID];
  const rowIds = new Set(isGroupRows(glossary) ? glossary.map((row) => row.id) : []);
  draft.definitionRowIds.forEach((rowId, index) => {
    if (!rowIds.has(rowId)) {
      problems.push({
        path: `body.definitionRowIds.${index}`,
        message: 'There is no key term with this id in the glossary.',
      });
    }
  });
  if (problems.length > 0) throw invalidFields(problems);
}

/** What a draft needs before residents can see it; paths name the draft's fields. */
export function findPublishProblems(draft: DraftInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const language of draft.languages) {
    const text = draft.texts[language];
    if (!text?.title.trim())
      problems.push({
        path: `texts.${language}.title`,
        message: 'Write the title in this language.',
      });
    if (!text?.framing.trim())
      problems.push({
        path: `texts.${language}.framing`,
        message: 'Write the framing text in this language: what the consultation is about.',
      });
  }
  if (draft.closesOn < today) {
    problems.push({
      path: 'closesOn',
      message: 'The closing date has passed. Choose a later closing date before publishing.',
    });
  }
  return problems;
}
