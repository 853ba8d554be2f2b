import type { SensitiveAnswerRow } from '../../db/tables.js';

/** A mark on the whole answer is stored with this row id. */
export const WHOLE_ANSWER = '';

/** The answers and group rows a coordinator keeps off public pages, by question id. */
export interface SensitiveMarks {
  isWholeAnswer(questionId: string): boolean;
  isRow(questionId: string, rowId: string): boolean;
}

export interface SensitiveMark {
  questionId: string;
  /** True when the whole answer is sensitive; otherwise only `rowIds`. */
  whole: boolean;
  rowIds: string[];
}

export function groupSensitiveRows(rows: readonly SensitiveAnswerRow[]): SensitiveMark[] {
  const byQuestion = new Map<string, SensitiveMark>();
  for (const row of rows) {
    const mark = byQuestion.get(row.question_id) ?? {
      questionId: row.question_id,
      whole: false,
      rowIds: [],
    };
    if (row.row_id === WHOLE_ANSWER) mark.whole = true;
    else mark.rowIds.push(row.row_id);
    byQuestion.set(row.question_id, mark);
  }
  return [...byQuestion.values()].sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
}

export function toSensitiveMarks(rows: readonly SensitiveAnswerRow[]): SensitiveMarks {
  const keys = new Set(rows.map((row) => `${row.question_id}\u0000${row.row_id}`));
  return {
    isWholeAnswer: (questionId) => keys.has(`${questionId}\u0000${WHOLE_ANSWER}`),
    isRow: (questionId, rowId) => keys.has(`${questionId}\u0000${rowId}`),
  };
}
