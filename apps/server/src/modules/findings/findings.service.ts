import type { Db } from '../../db/database.js';
import { listAcceptedRisks } from '../accepted-risks/accepted-risks.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { describeSectionProgress } from '../strategies/section-status.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import type { Locale } from '../users/user.js';
import { evaluateStrategy } from './strategy-evaluation.js';

/**
 * The server's view of the findings: the same engine the browser runs, over the stored answers,
 * with the accepted risks (each marked with whether its finding is currently raised).
 */
export async function getStrategyEvaluation(
  input: { strategyId: string; locale?: Locale | undefined },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
) {
  assertWorkspaceCan(actor, 'strategy.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const locale = input.locale ?? actor.user.locale;
  const [{ evaluation, today }, acceptedRisks] = await Promise.all([
    evaluateStrategy({ strategy, locale, now: new Date() }, db, catalog),
    listAcceptedRisks(db, { cityId: actor.city.cityId, strategyId: strategy.id }),
  ]);
  const raised = new Set(evaluation.findings.map((finding) => finding.ruleId));
  return {
    today,
    evaluation: {
      contentVersion: evaluation.contentVersion,
      locale,
      questions: evaluation.applicable,
      completeness: evaluation.completeness,
      findings: evaluation.findings,
      scores: evaluation.scores,
    },
    acceptedRisks: acceptedRisks.map((risk) => ({ ...risk, isRaised: raised.has(risk.ruleId) })),
    sections: describeSectionProgress(
      evaluation,
      new Set(acceptedRisks.map((risk) => risk.ruleId)),
    ),
  };
}
