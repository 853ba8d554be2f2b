import type { Db } from '../../db/database.js';
import type { AnswerRow } from '../../db/tables.js';
import {
  type StrategyRowWithLock,
  selectStrategyWithLock,
} from '../strategies/strategies.repository.js';

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

/**
 * What saving one answer starts from, in one read: the strategy, its approved version (the
 * lock) and the question's stored row (undefined when never saved). Read before the saving
 * transaction: the write is conditional on the revision read here, so a change in between is
 * caught as a conflict.
 */
export async function findStrategyWithAnswerRow(
  db: Db,
  { cityId, strategyId, questionId }: { cityId: string; strategyId: string; questionId: string },
): Promise<{ strategy: StrategyRowWithLock; answer: AnswerRowWithAuthor | undefined } | undefined> {
  const row = await selectStrategyWithLock(db, cityId, strategyId)
    .leftJoin('answers', (join) =>
      join
        .onRef('answers.city_id', '=', 'strategies.city_id')
        .onRef('answers.strategy_id', '=', 'strategies.id')
        .on('answers.question_id', '=', questionId),
    )
    .leftJoin('users as author', 'author.id', 'answers.updated_by')
    .select([
      'answers.value as answer_value',
      'answers.revision as answer_revision',
      'answers.updated_by as answer_updated_by',
      'answers.updated_at as answer_updated_at',
      'author.name as answer_updated_by_name',
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    answer_value,
    answer_revision,
    answer_updated_by,
    answer_updated_at,
    answer_updated_by_name,
    ...strategy
  } = row;
  // revision and updated_at are NOT NULL in the table, so null means no row joined.
  const answer =
    answer_revision === null || answer_updated_at === null
      ? undefined
      : {
          city_id: cityId,
          strategy_id: strategyId,
          question_id: questionId,
          value: answer_value,
          revision: answer_revision,
          updated_by: answer_updated_by,
          updated_at: answer_updated_at,
          updated_by_name: answer_updated_by_name,
        };
  return { strategy, answer };
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
