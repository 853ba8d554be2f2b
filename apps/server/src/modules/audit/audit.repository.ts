import type { Db } from '../../db/database.js';
import type { AuditRow } from '../../db/tables.js';

export async function insertAuditRow(db: Db, row: AuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

export interface AuditFilter {
  cityId: string;
  strategyId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  /** Inclusive lower bound (ISO timestamp). */
  from?: string | undefined;
  /** Exclusive upper bound (ISO timestamp). */
  before?: string | undefined;
  /** Continue after this entry (newest first). */
  after?: { at: string; id: string } | undefined;
  limit: number;
}

/** Newest first; ties on the timestamp are broken by id so pages never skip or repeat a row. */
export async function listAuditRows(db: Db, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .selectAll('audit_log')
    .select('users.name as actor_name')
    .where('audit_log.city_id', '=', filter.cityId);
  if (filter.strategyId !== undefined) {
    query = query.where('audit_log.strategy_id', '=', filter.strategyId);
  }
  if (filter.actorId !== undefined) query = query.where('audit_log.actor_id', '=', filter.actorId);
  if (filter.action !== undefined) query = query.where('audit_log.action', '=', filter.action);
  if (filter.from !== undefined) query = query.where('audit_log.at', '>=', filter.from);
  if (filter.before !== undefined) query = query.where('audit_log.at', '<', filter.before);
  const after = filter.after;
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('audit_log.at', '<', after.at),
        eb.and([eb('audit_log.at', '=', after.at), eb('audit_log.id', '<', after.id)]),
      ]),
    );
  }
  return query
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(filter.limit)
    .execute();
}
