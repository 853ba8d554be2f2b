import type { Db } from '../../db/database.js';
import type { AnswerRow } from '../../db/tables.js';

export type AnswerRowWithAuthor = AnswerRow & { updated_by_name: string | null };

function selectAnswers(db: Db, cityId: string, strategyId: string) {
  return db
    .selectFrom('answers')
    .leftJoin('users', 'users.id', 'answers.updated_by')
    .selectAll('answers')
    .select('users.name as updated_by_name')
    .where('answers.city_id', '=', cityId)
    .where('answers.strategy_id', '=', strategyId);
}

/** Every answer that currently holds a value (cleared answers are left out). */
export async function listAnswerRows(
  db: Db,
  cityId: string,
  strategyId: string,
): Promise<AnswerRowWithAuthor[]> {
  return selectAnswers(db, cityId, strategyId).where('answers.value', 'is not', null).execute();
}

/** The rows of these questions, cleared ones included (they carry the revision count). */
export async function findAnswerRows(
  db: Db,
  cityId: string,
  strategyId: string,
  questionIds: readonly string[],
): Promise<AnswerRowWithAuthor[]> {
  if (questionIds.length === 0) return [];
  return selectAnswers(db, cityId, strategyId)
    .where('answers.question_id', 'in', [...questionIds])
    .execute();
}

/** Inserts the first revision; false when a row appeared meanwhile (someone saved first). */
export async function insertFirstAnswer(db: Db, row: AnswerRow): Promise<boolean> {
  const result = await db
    .insertInto('answers')
    .values(row)
    .onConflict((oc) => oc.columns(['city_id', 'strategy_id', 'question_id']).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/**
 * Writes a new revision only if the row is still at `fromRevision`. The condition sits in the
 * UPDATE itself, so two saves racing from the same revision (even from two server instances on
 * one PostgreSQL) cannot both succeed: the second finds the revision moved and changes nothing.
 */
export async function updateAnswerAtRevision(
  db: Db,
  {
    cityId,
    strategyId,
    questionId,
    fromRevision,
    value,
    updatedBy,
    updatedAt,
  }: {
    cityId: string;
    strategyId: string;
    questionId: string;
    fromRevision: number;
    value: string | null;
    updatedBy: string;
    updatedAt: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('answers')
    .set({ value, revision: fromRevision + 1, updated_by: updatedBy, updated_at: updatedAt })
    .where('city_id', '=', cityId)
    .where('strategy_id', '=', strategyId)
    .where('question_id', '=', questionId)
    .where('revision', '=', fromRevision)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
