import type { Db } from '../../db/database.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';
import { assertStrategyWritable, loadStrategy } from '../strategies/strategy-access.js';
import { assertStrategyUnlocked } from '../versions/strategy-lock.js';
import { type AcceptedRisk, acceptedRiskRowToAcceptedRisk } from './accepted-risk.js';
import {
  deleteAcceptedRisk,
  findAcceptedRiskRow,
  listAcceptedRiskRows,
  upsertAcceptedRisk,
} from './accepted-risks.repository.js';

export async function listAcceptedRisks(
  db: Db,
  { cityId, strategyId }: { cityId: string; strategyId: string },
): Promise<AcceptedRisk[]> {
  return (await listAcceptedRiskRows(db, cityId, strategyId)).map(acceptedRiskRowToAcceptedRisk);
}

function assertGapRule(catalog: ContentCatalog, ruleId: string): void {
  const rule = catalog.compiled.en.rules.find((candidate) => candidate.id === ruleId);
  if (!rule) {
    throw invalidFields([
      {
        path: 'params.ruleId',
        message: `There is no rule with this id in content version ${catalog.version}.`,
      },
    ]);
  }
  if (rule.kind !== 'gap') {
    throw invalidFields([
      { path: 'params.ruleId', message: 'Only gaps can be accepted as risks, not strengths.' },
    ]);
  }
}

/**
 * Records that the city knowingly lives with a gap, and why. The finding keeps being shown,
 * marked as accepted; a second acceptance replaces the justification.
 */
export async function acceptRisk(
  input: { strategyId: string; ruleId: string; justification: string },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<AcceptedRisk> {
  assertWorkspaceCan(actor, 'risks.manage');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  assertStrategyWritable(strategy, catalog);
  await assertStrategyUnlocked(db, strategy);
  assertGapRule(catalog, input.ruleId);
  const key = { cityId: actor.city.cityId, strategyId: strategy.id, ruleId: input.ruleId };
  return db.transaction().execute(async (trx) => {
    const before = await findAcceptedRiskRow(trx, key);
    if (before?.justification === input.justification) return acceptedRiskRowToAcceptedRisk(before);
    const now = new Date();
    await upsertAcceptedRisk(trx, {
      city_id: key.cityId,
      strategy_id: key.strategyId,
      rule_id: key.ruleId,
      justification: input.justification,
      accepted_by: actor.userId,
      accepted_at: toTimestamp(now),
    });
    await recordChange(trx, {
      cityId: key.cityId,
      actorId: actor.userId,
      action: 'risk.accept',
      entityType: 'accepted-risk',
      entityId: key.ruleId,
      strategyId: key.strategyId,
      before: before ? { justification: before.justification } : null,
      after: { justification: input.justification },
      at: now,
    });
    return {
      ruleId: key.ruleId,
      justification: input.justification,
      acceptedBy: { userId: actor.userId, name: actor.user.name },
      acceptedAt: toTimestamp(now),
    };
  });
}

/** Withdraws an acceptance: the gap counts again (e.g. for the section status). */
export async function withdrawRisk(
  input: { strategyId: string; ruleId: string },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<void> {
  assertWorkspaceCan(actor, 'risks.manage');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  assertStrategyWritable(strategy, catalog);
  await assertStrategyUnlocked(db, strategy);
  const key = { cityId: actor.city.cityId, strategyId: strategy.id, ruleId: input.ruleId };
  await db.transaction().execute(async (trx) => {
    const before = await findAcceptedRiskRow(trx, key);
    if (!before || !(await deleteAcceptedRisk(trx, key))) throw new AppError('not_found');
    await recordChange(trx, {
      cityId: key.cityId,
      actorId: actor.userId,
      action: 'risk.withdraw',
      entityType: 'accepted-risk',
      entityId: key.ruleId,
      strategyId: key.strategyId,
      before: { justification: before.justification },
      after: null,
    });
  });
}
