import type { Db } from '../../db/database.js';
import type { NarrativeChapterRow } from '../../db/tables.js';
import type { NarrativeRowWithAuthor } from './narrative-chapter.js';

interface StrategyKey {
  cityId: string;
  strategyId: string;
}

function selectChapters(db: Db, { cityId, strategyId }: StrategyKey) {
  return db
    .selectFrom('narrative_chapters')
    .leftJoin('users', 'users.id', 'narrative_chapters.updated_by')
    .selectAll('narrative_chapters')
    .select('users.name as updated_by_name')
    .where('narrative_chapters.city_id', '=', cityId)
    .where('narrative_chapters.strategy_id', '=', strategyId);
}

export async function listNarrativeRows(
  db: Db,
  key: StrategyKey,
): Promise<NarrativeRowWithAuthor[]> {
  return selectChapters(db, key).execute();
}

export async function findNarrativeRow(
  db: Db,
  key: StrategyKey & { chapterKey: string },
): Promise<NarrativeRowWithAuthor | undefined> {
  return selectChapters(db, key)
    .where('narrative_chapters.chapter_key', '=', key.chapterKey)
    .executeTakeFirst();
}

/** Inserts the first revision; false when a row appeared meanwhile (someone saved first). */
export async function insertFirstNarrative(db: Db, row: NarrativeChapterRow): Promise<boolean> {
  const result = await db
    .insertInto('narrative_chapters')
    .values(row)
    .onConflict((oc) => oc.columns(['city_id', 'strategy_id', 'chapter_key']).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** Writes a new revision only if the chapter is still at `fromRevision` (see answers). */
export async function updateNarrativeAtRevision(
  db: Db,
  {
    key,
    fromRevision,
    text,
    updatedBy,
    updatedAt,
  }: {
    key: StrategyKey & { chapterKey: string };
    fromRevision: number;
    text: string;
    updatedBy: string;
    updatedAt: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('narrative_chapters')
    .set({ text, revision: fromRevision + 1, updated_by: updatedBy, updated_at: updatedAt })
    .where('city_id', '=', key.cityId)
    .where('strategy_id', '=', key.strategyId)
    .where('chapter_key', '=', key.chapterKey)
    .where('revision', '=', fromRevision)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
