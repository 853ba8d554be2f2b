import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { StrategyRow } from '../../db/tables.js';

/** A strategy row with the version that was approved (all null when none is). */
export type StrategyRowWithLock = StrategyRow & {
  approved_version_id: string | null;
  approved_version_number: number | null;
  approved_version_label: string | null;
  approved_at: string | null;
};

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

/**
 * The strategy and its approved version, if any, in one read (at most one version is approved,
 * a unique partial index says so). 'approved' is written into the SQL rather than bound: SQLite
 * can only match that partial index when it sees the value while planning, and plans a statement
 * with the value bound again on every run (about four times the cost of the read itself).
 */
export function selectStrategyWithLock(db: Db, cityId: string, strategyId: string) {
  return db
    .selectFrom('strategies')
    .leftJoin('strategy_versions as approved', (join) =>
      join
        .onRef('approved.city_id', '=', 'strategies.city_id')
        .onRef('approved.strategy_id', '=', 'strategies.id')
        .on('approved.status', '=', sql.lit('approved')),
    )
    .selectAll('strategies')
    .select([
      'approved.id as approved_version_id',
      'approved.number as approved_version_number',
      'approved.label as approved_version_label',
      'approved.status_changed_at as approved_at',
    ])
    .where('strategies.city_id', '=', cityId)
    .where('strategies.id', '=', strategyId);
}

export async function findStrategyWithLock(
  db: Db,
  cityId: string,
  strategyId: string,
): Promise<StrategyRowWithLock | undefined> {
  return selectStrategyWithLock(db, cityId, strategyId).executeTakeFirst();
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
