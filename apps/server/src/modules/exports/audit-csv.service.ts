import type { Db } from '../../db/database.js';
import { renderAuditCsv } from '../../export/index.js';
import { toTimestamp } from '../../lib/time.js';
import { type AuditEntry, auditRowToEntry } from '../audit/audit-entry.js';
import { listAuditRows } from '../audit/audit.repository.js';
import type { AuditQuery } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';

const PAGE = 1000;
/** Beyond this, narrow the filters: a spreadsheet of more rows helps nobody. */
export const AUDIT_CSV_MAX_ROWS = 100_000;

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

/**
 * The audit log as CSV with the filters of GET /audit, newest first, every cell neutralised
 * so nothing anyone typed can run as a spreadsheet formula.
 */
export async function exportAuditCsv(
  query: Omit<AuditQuery, 'limit' | 'cursor'>,
  actor: CityActor,
  db: Db,
): Promise<string> {
  assertWorkspaceCan(actor, 'audit.view');
  const entries: AuditEntry[] = [];
  let after: { at: string; id: string } | undefined;
  while (entries.length < AUDIT_CSV_MAX_ROWS) {
    const rows = await listAuditRows(db, {
      cityId: actor.city.cityId,
      strategyId: query.strategyId,
      actorId: query.userId,
      action: query.action,
      from: query.from === undefined ? undefined : lowerBound(query.from),
      before: query.to === undefined ? undefined : upperBoundExclusive(query.to),
      after,
      limit: Math.min(PAGE, AUDIT_CSV_MAX_ROWS - entries.length),
    });
    entries.push(...rows.map(auditRowToEntry));
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = { at: last.at, id: last.id };
  }
  return renderAuditCsv(entries);
}
