import type { Db } from '../../db/database.js';
import type { StrategyRow } from '../../db/tables.js';

export async function listStrategiesOfCity(db: Db, cityId: string): Promise<StrategyRow[]> {
  return db
    .selectFrom('strategies')
    .selectAll()
    .where('city_id', '=', cityId)
    .orderBy('start_year', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findStrategy(
  db: Db,
  cityId: string,
  strategyId: string,
): Promise<StrategyRow | undefined> {
  return db
    .selectFrom('strategies')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('id', '=', strategyId)
    .executeTakeFirst();
}

export async function insertStrategy(db: Db, row: StrategyRow): Promise<void> {
  await db.insertInto('strategies').values(row).execute();
}

/**
 * Applies the changes only if the strategy is still at `fromRevision`; returns false when
 * someone else changed it first (the caller then reports a conflict).
 */
export async function updateStrategyAtRevision(
  db: Db,
  {
    cityId,
    strategyId,
    fromRevision,
    changes,
  }: {
    cityId: string;
    strategyId: string;
    fromRevision: number;
    changes: Partial<Pick<StrategyRow, 'title' | 'start_year' | 'end_year' | 'status'>> & {
      updated_at: string;
    };
  },
): Promise<boolean> {
  const result = await db
    .updateTable('strategies')
    .set({ ...changes, revision: fromRevision + 1 })
    .where('city_id', '=', cityId)
    .where('id', '=', strategyId)
    .where('revision', '=', fromRevision)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
