import type { Db } from '../../db/database.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { newId } from '../../lib/ids.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { assertDocumentCan, canOnDocument } from '../documents/documents.policy.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import type { Strategy } from '../strategies/strategy.js';
import { type StrategyLock, findStrategyLock, lockedError } from './strategy-lock.js';
import { isUniqueViolation } from './unique-violation.js';
import { takeSnapshot } from './version-snapshot.js';
import { NEXT_STATUSES, canMove, decisionRule } from './version-workflow.js';
import {
  type VersionDecision,
  type VersionSnapshot,
  type VersionStatus,
  type VersionSummary,
  parseSnapshot,
  versionRowToSummary,
} from './version.js';
import {
  findLastVersionNumber,
  findVersionRow,
  insertVersionRow,
  listVersionRows,
  updateVersionStatus,
} from './versions.repository.js';

export async function listVersions(
  input: { strategyId: string },
  actor: CityActor,
  db: Db,
): Promise<{
  versions: VersionSummary[];
  lock: StrategyLock | null;
  can: { manage: boolean; comment: boolean; export: boolean };
}> {
  assertDocumentCan(actor, 'document.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const [rows, lock] = await Promise.all([
    listVersionRows(db, { cityId: strategy.cityId, strategyId: strategy.id }),
    findStrategyLock(db, strategy),
  ]);
  const isOpen = lock === null;
  return {
    versions: rows.map(versionRowToSummary),
    lock,
    can: {
      manage: isOpen && canOnDocument(actor, 'version.manage', actor.city),
      comment: isOpen && canOnDocument(actor, 'version.comment', actor.city),
      export: canOnDocument(actor, 'export.create', actor.city),
    },
  };
}

/** The version of the actor's city and strategy, or not_found (also for another city's id). */
export async function loadVersion(db: Db, strategy: Strategy, versionId: string) {
  const row = await findVersionRow(db, {
    cityId: strategy.cityId,
    strategyId: strategy.id,
    versionId,
  });
  if (!row) throw new AppError('not_found', 'There is no such version of this strategy.');
  return row;
}

export async function getVersion(
  input: { strategyId: string; versionId: string },
  actor: CityActor,
  db: Db,
): Promise<{ version: VersionSummary; snapshot: VersionSnapshot }> {
  assertDocumentCan(actor, 'document.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const row = await loadVersion(db, strategy, input.versionId);
  return { version: versionRowToSummary(row), snapshot: parseSnapshot(row) };
}

/** Snapshots the strategy as a new draft version, numbered after the last one. */
export async function createVersion(
  input: { strategyId: string; label: string },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<VersionSummary> {
  assertDocumentCan(actor, 'version.manage');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const now = new Date();
  try {
    return await db.transaction().execute(async (trx) => {
      const lock = await findStrategyLock(trx, strategy);
      if (lock) throw lockedError(lock);
      const snapshot = await takeSnapshot(trx, strategy, catalog, now);
      const key = { cityId: strategy.cityId, strategyId: strategy.id };
      const row = {
        id: newId(),
        city_id: key.cityId,
        strategy_id: key.strategyId,
        number: (await findLastVersionNumber(trx, key)) + 1,
        label: input.label,
        status: 'draft',
        content_version: snapshot.contentVersion,
        snapshot: JSON.stringify(snapshot),
        decision: null,
        created_by: actor.userId,
        created_at: toTimestamp(now),
        status_changed_by: actor.userId,
        status_changed_at: toTimestamp(now),
        status_note: null,
      };
      await insertVersionRow(trx, row);
      await recordChange(trx, {
        cityId: key.cityId,
        actorId: actor.userId,
        action: 'version.create',
        entityType: 'version',
        entityId: row.id,
        strategyId: key.strategyId,
        before: null,
        after: { number: row.number, label: row.label, status: row.status },
        at: now,
      });
      const me = { userId: actor.userId, name: actor.user.name };
      return versionRowToSummary({
        ...row,
        created_by_name: me.name,
        status_changed_by_name: me.name,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'conflict',
        'Someone else saved a version at the same moment. Look at the list and try again.',
      );
    }
    throw error;
  }
}

function checkDecision(
  to: VersionStatus,
  decision: VersionDecision | undefined,
): VersionDecision | null {
  const rule = decisionRule(to);
  if (rule === 'required' && !decision) {
    throw invalidFields([
      {
        path: 'body.decision',
        message:
          'Record the decision: the body that approved it, the date, and the decision or motion number.',
      },
    ]);
  }
  if (rule === 'refused' && decision) {
    throw invalidFields([
      {
        path: 'body.decision',
        message: 'A decision is recorded only when a version is approved or returned.',
      },
    ]);
  }
  return decision ?? null;
}

/**
 * Moves a version along the workflow, recording who did it, why (`comment`) and, when the
 * body decides, its decision. Approving locks the strategy. Each move is conditional on the
 * status the version had when read, so two people cannot move it twice.
 */
export async function transitionVersion(
  input: {
    strategyId: string;
    versionId: string;
    to: VersionStatus;
    comment?: string | undefined;
    decision?: VersionDecision | undefined;
  },
  actor: CityActor,
  db: Db,
): Promise<VersionSummary> {
  assertDocumentCan(actor, 'version.manage');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const decision = checkDecision(input.to, input.decision);
  const now = new Date();
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await loadVersion(trx, strategy, input.versionId);
      const lock = await findStrategyLock(trx, strategy);
      if (lock) throw lockedError(lock);
      const before = versionRowToSummary(row);
      if (!canMove(before.status, input.to)) {
        const allowed = NEXT_STATUSES[before.status];
        throw new AppError(
          'conflict',
          allowed.length > 0
            ? `A version that is ${before.status} can move to: ${allowed.join(', ')}.`
            : `A version that is ${before.status} cannot move any more. Take a new snapshot instead.`,
          { details: { status: before.status, allowed } },
        );
      }
      const changes = {
        status: input.to,
        decision: decision ? JSON.stringify(decision) : row.decision,
        status_changed_by: actor.userId,
        status_changed_at: toTimestamp(now),
        status_note: input.comment ?? null,
      };
      const moved = await updateVersionStatus(trx, {
        cityId: strategy.cityId,
        versionId: row.id,
        fromStatus: row.status,
        changes,
      });
      if (!moved) {
        throw new AppError('conflict', 'Someone moved this version at the same time. Reload it.');
      }
      await recordChange(trx, {
        cityId: strategy.cityId,
        actorId: actor.userId,
        action: 'version.transition',
        entityType: 'version',
        entityId: row.id,
        strategyId: strategy.id,
        before: { status: before.status },
        after: { status: input.to, comment: input.comment ?? null, decision },
        at: now,
      });
      return versionRowToSummary({
        ...row,
        ...changes,
        status_changed_by_name: actor.user.name,
      });
    });
  } catch (error) {
    // The database allows one approved version per strategy: the other approval won.
    if (isUniqueViolation(error)) {
      const lock = await findStrategyLock(db, strategy);
      if (lock) throw lockedError(lock);
    }
    throw error;
  }
}
