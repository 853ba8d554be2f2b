import {
  type AnswerValue,
  type CompiledQuestion,
  type GroupRow,
  isAnswered,
  isGroupRows,
} from '@concord/domain';
import type { SensitiveMarks } from './sensitive-marks.js';

export type LeftOutReason =
  'unknown-question' | 'sensitive-content' | 'marked-sensitive' | 'not-applicable' | 'unanswered';

export interface LeftOut {
  questionId: string;
  /** Set when only one row of a group answer is left out. */
  rowId?: string;
  reason: LeftOutReason;
}

/**
 * The single gate every public value passes through. A question the content labels sensitive,
 * an answer a coordinator marked sensitive, and marked rows of a group never come out of it,
 * whatever was selected for publication. Sensitive fields of group rows are dropped as well.
 */
export function filterPublicValue(
  question: CompiledQuestion | undefined,
  questionId: string,
  value: AnswerValue | undefined,
  marks: SensitiveMarks,
): { value?: AnswerValue; leftOut: LeftOut[] } {
  if (!question) return { leftOut: [{ questionId, reason: 'unknown-question' }] };
  if (question.sensitive) return { leftOut: [{ questionId, reason: 'sensitive-content' }] };
  if (marks.isWholeAnswer(questionId))
    return { leftOut: [{ questionId, reason: 'marked-sensitive' }] };
  if (!isAnswered(value)) return { leftOut: [{ questionId, reason: 'unanswered' }] };
  if (question.type !== 'group' || !isGroupRows(value)) return { value: value!, leftOut: [] };

  const hiddenFields = new Set(
    (question.fields ?? []).filter((field) => field.source.sensitive).map((field) => field.key),
  );
  const leftOut: LeftOut[] = [];
  const rows: GroupRow[] = [];
  for (const row of value) {
    if (marks.isRow(questionId, row.id)) {
      leftOut.push({ questionId, rowId: row.id, reason: 'marked-sensitive' });
      continue;
    }
    rows.push(
      Object.fromEntries(Object.entries(row).filter(([key]) => !hiddenFields.has(key))) as GroupRow,
    );
  }
  if (rows.length === 0)
    return { leftOut: [...leftOut, { questionId, reason: 'marked-sensitive' }] };
  return { value: rows, leftOut };
}
