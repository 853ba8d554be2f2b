import type { Db } from '../../db/database.js';
import { listAcceptedRisks } from '../accepted-risks/accepted-risks.service.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { evaluateStrategy, loadAnswers } from '../findings/strategy-evaluation.js';
import { toNarrativeTexts } from '../narrative/narrative-chapter.js';
import { loadNarrative } from '../narrative/narrative.service.js';
import type { Strategy } from '../strategies/strategy.js';
import type { VersionSnapshot } from './version.js';

/** Freezes the strategy as it is now: what a version keeps for good. */
export async function takeSnapshot(
  db: Db,
  strategy: Strategy,
  catalog: ContentCatalog,
  now: Date,
): Promise<VersionSnapshot> {
  const key = { cityId: strategy.cityId, strategyId: strategy.id };
  const [answers, chapters, risks, { evaluation, today }] = await Promise.all([
    loadAnswers(db, strategy),
    loadNarrative(db, strategy),
    listAcceptedRisks(db, key),
    evaluateStrategy({ strategy, locale: 'en', now }, db, catalog),
  ]);
  return {
    contentVersion: answers.contentVersion,
    strategy: { title: strategy.title, startYear: strategy.startYear, endYear: strategy.endYear },
    answers: answers.values,
    narrative: toNarrativeTexts(chapters),
    acceptedRisks: risks.map((risk) => ({
      ruleId: risk.ruleId,
      justification: risk.justification,
      acceptedBy: risk.acceptedBy?.name ?? null,
      acceptedAt: risk.acceptedAt,
    })),
    findings: evaluation.findings.map((finding) => ({
      ruleId: finding.ruleId,
      kind: finding.kind,
      severity: finding.severity ?? null,
    })),
    evaluatedOn: today,
  };
}
