import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { newId } from '../../lib/ids.js';
import { toTimestamp } from '../../lib/time.js';
import type { CityActor } from '../cities/city-access.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';
import {
  type AuditAction,
  type AuditEntityType,
  type AuditEntry,
  auditRowToEntry,
  decodeAuditCursor,
  encodeAuditCursor,
} from './audit-entry.js';
import { insertAuditRow, listAuditRows } from './audit.repository.js';

/** What changed; `before` and `after` are plain JSON values (null when there was none). */
export interface AuditChange {
  cityId: string;
  actorId: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  strategyId?: string | null;
  before: unknown;
  after: unknown;
  at?: Date;
}

/**
 * Entries are listed by time, then by id. Within one process, ids start with a monotonic clock
 * reading, so two changes made in the same millisecond still list in the order they happened.
 */
function newAuditId(): string {
  return `${process.hrtime.bigint().toString(16).padStart(16, '0')}-${newId()}`;
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/**
 * Records one change. Call it with the transaction that makes the change, so the change and its
 * record are committed together or not at all.
 */
export async function recordChange(db: Db, change: AuditChange): Promise<void> {
  await insertAuditRow(db, {
    id: newAuditId(),
    city_id: change.cityId,
    at: toTimestamp(change.at ?? new Date()),
    actor_id: change.actorId,
    action: change.action,
    entity_type: change.entityType,
    entity_id: change.entityId,
    strategy_id: change.strategyId ?? null,
    before: toJson(change.before),
    after: toJson(change.after),
  });
}

export interface AuditQuery {
  strategyId?: string | undefined;
  userId?: string | undefined;
  action?: AuditAction | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** A date alone means the whole day (UTC); a timestamp means that instant. */
function lowerBound(value: string): string {
  return value.length === 10 ? `${value}T00:00:00.000Z` : toTimestamp(new Date(value));
}

function upperBoundExclusive(value: string): string {
  if (value.length === 10) {
    const next = new Date(`${value}T00:00:00.000Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return toTimestamp(next);
  }
  return toTimestamp(new Date(new Date(value).getTime() + 1));
}

export async function listAuditEntries(
  query: AuditQuery,
  actor: CityActor,
  db: Db,
): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  assertWorkspaceCan(actor, 'audit.view');
  const after = query.cursor === undefined ? undefined : decodeAuditCursor(query.cursor);
  if (query.cursor !== undefined && after === undefined) {
    throw new AppError('validation_failed', undefined, {
      fields: [{ path: 'query.cursor', message: 'This page link is not valid. Start again.' }],
    });
  }
  // One extra row tells whether another page follows.
  const rows = await listAuditRows(db, {
    cityId: actor.city.cityId,
    strategyId: query.strategyId,
    actorId: query.userId,
    action: query.action,
    from: query.from === undefined ? undefined : lowerBound(query.from),
    before: query.to === undefined ? undefined : upperBoundExclusive(query.to),
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    entries: page.map(auditRowToEntry),
    nextCursor: rows.length > query.limit && last ? encodeAuditCursor(last) : null,
  };
}
