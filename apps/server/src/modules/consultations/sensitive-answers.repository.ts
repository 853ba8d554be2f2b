import type { Db } from '../../db/database.js';
import type { SensitiveAnswerRow } from '../../db/tables.js';

export async function listSensitiveAnswerRows(
  db: Db,
  { cityId, strategyId }: { cityId: string; strategyId: string },
): Promise<SensitiveAnswerRow[]> {
  return db
    .selectFrom('sensitive_answers')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('strategy_id', '=', strategyId)
    .orderBy('question_id')
    .orderBy('row_id')
    .execute();
}

export async function listSensitiveRowsOfQuestion(
  db: Db,
  key: { cityId: string; strategyId: string; questionId: string },
): Promise<SensitiveAnswerRow[]> {
  return db
    .selectFrom('sensitive_answers')
    .selectAll()
    .where('city_id', '=', key.cityId)
    .where('strategy_id', '=', key.strategyId)
    .where('question_id', '=', key.questionId)
    .orderBy('row_id')
    .execute();
}

/** Replaces the marks of one question with `rowIds` (WHOLE_ANSWER for the whole answer). */
export async function replaceSensitiveMarks(
  db: Db,
  {
    cityId,
    strategyId,
    questionId,
    rowIds,
    markedBy,
    markedAt,
  }: {
    cityId: string;
    strategyId: string;
    questionId: string;
    rowIds: readonly string[];
    markedBy: string;
    markedAt: string;
  },
): Promise<void> {
  await db
    .deleteFrom('sensitive_answers')
    .where('city_id', '=', cityId)
    .where('strategy_id', '=', strategyId)
    .where('question_id', '=', questionId)
    .execute();
  if (rowIds.length === 0) return;
  await db
    .insertInto('sensitive_answers')
    .values(
      rowIds.map((rowId) => ({
        city_id: cityId,
        strategy_id: strategyId,
        question_id: questionId,
        row_id: rowId,
        marked_by: markedBy,
        marked_at: markedAt,
      })),
    )
    .execute();
}
