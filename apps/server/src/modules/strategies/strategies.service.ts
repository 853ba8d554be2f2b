import type { Db } from '../../db/database.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { newId } from '../../lib/ids.js';
import { toTimestamp } from '../../lib/time.js';
import { listAcceptedRiskRows } from '../accepted-risks/accepted-risks.repository.js';
import { listAssignments } from '../assignments/assignments.service.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { evaluateStrategy } from '../findings/strategy-evaluation.js';
import { findStrategyLock } from '../versions/strategy-lock.js';
import { describeSectionProgress } from './section-status.js';
import { END_BEFORE_START_MESSAGE } from './strategies.schemas.js';
import {
  assertWorkspaceCan,
  canEditSection,
  describeWorkspacePermissions,
} from './strategies.policy.js';
import {
  insertStrategy,
  listStrategiesOfCity,
  updateStrategyAtRevision,
} from './strategies.repository.js';
import { loadStrategy } from './strategy-access.js';
import {
  type Strategy,
  type StrategyStatus,
  describeStrategyForAudit,
  strategyRowToStrategy,
} from './strategy.js';

export async function listStrategies(actor: CityActor, db: Db): Promise<Strategy[]> {
  assertWorkspaceCan(actor, 'strategy.view');
  return (await listStrategiesOfCity(db, actor.city.cityId)).map(strategyRowToStrategy);
}

/** Starts a strategy cycle, pinned to the content version loaded now. */
export async function createStrategy(
  input: { title: string; startYear: number; endYear: number },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<Strategy> {
  assertWorkspaceCan(actor, 'strategy.manage');
  const now = toTimestamp(new Date());
  const row = {
    id: newId(),
    city_id: actor.city.cityId,
    title: input.title,
    start_year: input.startYear,
    end_year: input.endYear,
    content_version: catalog.version,
    status: 'active',
    revision: 1,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  const strategy = strategyRowToStrategy(row);
  await db.transaction().execute(async (trx) => {
    await insertStrategy(trx, row);
    await recordChange(trx, {
      cityId: actor.city.cityId,
      actorId: actor.userId,
      action: 'strategy.create',
      entityType: 'strategy',
      entityId: strategy.id,
      strategyId: strategy.id,
      before: null,
      after: describeStrategyForAudit(strategy),
    });
  });
  return strategy;
}

export interface StrategyChanges {
  strategyId: string;
  title?: string | undefined;
  startYear?: number | undefined;
  endYear?: number | undefined;
  status?: StrategyStatus | undefined;
  baseRevision?: number | undefined;
}

export async function changeStrategy(
  input: StrategyChanges,
  actor: CityActor,
  db: Db,
): Promise<Strategy> {
  assertWorkspaceCan(actor, 'strategy.manage');
  return db.transaction().execute(async (trx) => {
    const before = await loadStrategy(trx, actor, input.strategyId);
    if (input.baseRevision !== undefined && input.baseRevision !== before.revision) {
      throw new AppError(
        'conflict',
        'Someone changed this strategy after you opened it. Reload it and make your change again.',
        { details: { current: before } },
      );
    }
    const after: Strategy = {
      ...before,
      title: input.title ?? before.title,
      startYear: input.startYear ?? before.startYear,
      endYear: input.endYear ?? before.endYear,
      status: input.status ?? before.status,
      revision: before.revision + 1,
      updatedAt: toTimestamp(new Date()),
    };
    if (after.endYear < after.startYear) {
      const path = input.endYear !== undefined ? 'body.endYear' : 'body.startYear';
      throw invalidFields([{ path, message: END_BEFORE_START_MESSAGE }]);
    }
    const updated = await updateStrategyAtRevision(trx, {
      cityId: actor.city.cityId,
      strategyId: before.id,
      fromRevision: before.revision,
      changes: {
        title: after.title,
        start_year: after.startYear,
        end_year: after.endYear,
        status: after.status,
        updated_at: after.updatedAt,
      },
    });
    if (!updated) {
      throw new AppError('conflict', 'Someone changed this strategy at the same time. Try again.');
    }
    await recordChange(trx, {
      cityId: actor.city.cityId,
      actorId: actor.userId,
      action: 'strategy.update',
      entityType: 'strategy',
      entityId: before.id,
      strategyId: before.id,
      before: describeStrategyForAudit(before),
      after: describeStrategyForAudit(after),
    });
    return after;
  });
}

/**
 * Everything the task list needs in one answer: the strategy, what the caller may do, who is
 * assigned where, and each section's status computed by the rules engine.
 */
export async function getStrategyDetail(
  input: { strategyId: string },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
) {
  assertWorkspaceCan(actor, 'strategy.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const [assignments, acceptedRisks, { evaluation }, lock] = await Promise.all([
    listAssignments(db, { cityId: actor.city.cityId, strategyId: strategy.id }),
    listAcceptedRiskRows(db, actor.city.cityId, strategy.id),
    evaluateStrategy({ strategy, locale: 'en', now: new Date() }, db, catalog),
    findStrategyLock(db, strategy),
  ]);
  // An approved version freezes the answers (see versions/strategy-lock.ts).
  const isOpen =
    strategy.status === 'active' && strategy.contentVersion === catalog.version && lock === null;
  const permissions = describeWorkspacePermissions(actor, actor.city);
  const mine = new Set(
    assignments.filter((a) => a.userId === actor.userId).map((a) => a.sectionId),
  );
  const progress = describeSectionProgress(
    evaluation,
    new Set(acceptedRisks.map((risk) => risk.rule_id)),
  );
  return {
    strategy,
    lock,
    can: {
      ...permissions,
      edit: isOpen && permissions.edit && (permissions.editAllSections || mine.size > 0),
      editAllSections: isOpen && permissions.editAllSections,
      assign: isOpen && permissions.assign,
      acceptRisk: isOpen && permissions.acceptRisk,
    },
    assignments,
    sections: progress.map((section) => ({
      ...section,
      assignees: assignments
        .filter((a) => a.sectionId === section.sectionId)
        .map((a) => ({ userId: a.userId, name: a.name })),
      canEdit: isOpen && canEditSection(actor, actor.city, section.sectionId, mine),
    })),
  };
}
