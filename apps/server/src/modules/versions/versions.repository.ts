import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { StrategyVersionRow, VersionCommentRow } from '../../db/tables.js';
import type { VersionRowWithNames } from './version.js';

interface StrategyKey {
  cityId: string;
  strategyId: string;
}

function selectVersions(db: Db, { cityId, strategyId }: StrategyKey) {
  return db
    .selectFrom('strategy_versions')
    .leftJoin('users as creator', 'creator.id', 'strategy_versions.created_by')
    .leftJoin('users as changer', 'changer.id', 'strategy_versions.status_changed_by')
    .selectAll('strategy_versions')
    .select(['creator.name as created_by_name', 'changer.name as status_changed_by_name'])
    .where('strategy_versions.city_id', '=', cityId)
    .where('strategy_versions.strategy_id', '=', strategyId);
}

/** Newest first. */
export async function listVersionRows(db: Db, key: StrategyKey): Promise<VersionRowWithNames[]> {
  return selectVersions(db, key).orderBy('strategy_versions.number', 'desc').execute();
}

export async function findVersionRow(
  db: Db,
  key: StrategyKey & { versionId: string },
): Promise<VersionRowWithNames | undefined> {
  return selectVersions(db, key)
    .where('strategy_versions.id', '=', key.versionId)
    .executeTakeFirst();
}

export async function findApprovedVersionRow(
  db: Db,
  key: StrategyKey,
): Promise<VersionRowWithNames | undefined> {
  // Written into the SQL, not bound: only then can SQLite plan with the partial index on
  // approved versions once instead of on every call.
  return selectVersions(db, key)
    .where('strategy_versions.status', '=', sql.lit('approved'))
    .executeTakeFirst();
}

export async function findLastVersionNumber(db: Db, key: StrategyKey): Promise<number> {
  const row = await db
    .selectFrom('strategy_versions')
    .select((eb) => eb.fn.max<number>('number').as('number'))
    .where('city_id', '=', key.cityId)
    .where('strategy_id', '=', key.strategyId)
    .executeTakeFirst();
  return Number(row?.number ?? 0);
}

export async function insertVersionRow(db: Db, row: StrategyVersionRow): Promise<void> {
  await db.insertInto('strategy_versions').values(row).execute();
}

/**
 * Moves a version on only if it is still in `fromStatus`, so two people acting on the same
 * version at once cannot both succeed (the second finds the status moved and changes nothing).
 */
export async function updateVersionStatus(
  db: Db,
  {
    cityId,
    versionId,
    fromStatus,
    changes,
  }: {
    cityId: string;
    versionId: string;
    fromStatus: string;
    changes: Pick<
      StrategyVersionRow,
      'status' | 'decision' | 'status_changed_by' | 'status_changed_at' | 'status_note'
    >;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('strategy_versions')
    .set(changes)
    .where('city_id', '=', cityId)
    .where('id', '=', versionId)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertCommentRow(db: Db, row: VersionCommentRow): Promise<void> {
  await db.insertInto('version_comments').values(row).execute();
}

/** Oldest first, the order a discussion is read in. */
export async function listCommentRows(
  db: Db,
  { cityId, versionId, sectionId }: { cityId: string; versionId: string; sectionId?: string },
): Promise<VersionCommentRow[]> {
  let query = db
    .selectFrom('version_comments')
    .selectAll()
    .where('city_id', '=', cityId)
    .where('version_id', '=', versionId);
  if (sectionId !== undefined) query = query.where('section_id', '=', sectionId);
  return query.orderBy('created_at').orderBy('id').execute();
}
