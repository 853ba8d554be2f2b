import {
  type AnswerValue,
  type Answers,
  type CompiledContent,
  type GroupRow,
  GLOSSARY_QUESTION_ID,
  isGroupRows,
  resolveApplicability,
} from '@concord/domain';
import type { Consultation, ConsultationSnapshot } from './consultation.js';
import { type LeftOut, filterPublicValue } from './public-filter.js';
import type { SensitiveMarks } from './sensitive-marks.js';

const DEFINITION_FIELDS = ['term', 'definition'] as const;

/**
 * Copies what residents will read: the chosen questions that apply and are answered, and the
 * chosen glossary rows (term and definition only). Everything passes filterPublicValue, so a
 * sensitive item is never stored in the snapshot in the first place.
 */
export function takeSnapshot({
  consultation,
  content,
  answers,
  marks,
  today,
}: {
  consultation: Pick<Consultation, 'questionIds' | 'definitionRowIds'>;
  content: CompiledContent;
  answers: Answers;
  marks: SensitiveMarks;
  today: string;
}): { snapshot: ConsultationSnapshot; leftOut: LeftOut[] } {
  const { applicable, context } = resolveApplicability(content, answers.values, today);
  const values: Record<string, AnswerValue> = {};
  const leftOut: LeftOut[] = [];
  for (const questionId of consultation.questionIds) {
    const question = content.questions.get(questionId);
    if (question && !applicable.has(questionId)) {
      leftOut.push({ questionId, reason: 'not-applicable' });
      continue;
    }
    const result = filterPublicValue(question, questionId, context.values.get(questionId), marks);
    leftOut.push(...result.leftOut);
    if (result.value !== undefined) values[questionId] = result.value;
  }
  return {
    snapshot: {
      contentVersion: content.version,
      takenOn: today,
      values,
      definitions: pickDefinitions(consultation.definitionRowIds, content, answers, marks, leftOut),
      leftOut,
    },
    leftOut,
  };
}

function pickDefinitions(
  rowIds: readonly string[],
  content: CompiledContent,
  answers: Answers,
  marks: SensitiveMarks,
  leftOut: LeftOut[],
): GroupRow[] {
  if (rowIds.length === 0) return [];
  const glossary = filterPublicValue(
    content.questions.get(GLOSSARY_QUESTION_ID),
    GLOSSARY_QUESTION_ID,
    answers.values[GLOSSARY_QUESTION_ID],
    marks,
  );
  leftOut.push(...glossary.leftOut.filter((item) => !item.rowId || rowIds.includes(item.rowId)));
  if (!isGroupRows(glossary.value)) return [];
  const chosen = new Set(rowIds);
  return glossary.value
    .filter((row) => chosen.has(row.id))
    .map((row) => {
      const kept: GroupRow = { id: row.id };
      for (const key of DEFINITION_FIELDS) if (row[key] !== undefined) kept[key] = row[key];
      return kept;
    });
}
