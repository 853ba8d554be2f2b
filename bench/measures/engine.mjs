import { performance } from 'node:perf_hooks';
import { compileContent, evaluate } from '@concord/domain';
import { loadContent } from '@concord/domain/node';
import { SCENARIO_ANSWERS } from '@concord/domain/scenarios';
import { round } from './tenant-read.mjs';

const EVALUATIONS = 10_000;
const WARM_UP = 500;
const TODAY = '2025-06-01';

/** Findings for complete assessments: the reference scenarios S1..S8, evaluated in turn. */
export async function measureEngine() {
  const { library } = await loadContent();
  const content = compileContent(library);
  const assessments = SCENARIO_ANSWERS.map((scenario) => ({
    contentVersion: scenario.contentVersion,
    values: scenario.values,
  }));
  let findings = 0;
  for (let index = 0; index < WARM_UP; index += 1) {
    findings += evaluate(content, assessments[index % assessments.length], { today: TODAY })
      .findings.length;
  }
  const started = performance.now();
  for (let index = 0; index < EVALUATIONS; index += 1) {
    findings += evaluate(content, assessments[index % assessments.length], { today: TODAY })
      .findings.length;
  }
  const totalMs = performance.now() - started;
  return {
    unit: 'ms per evaluation',
    ours: round(totalMs / EVALUATIONS, 4),
    limit: null,
    ratio: null,
    total_ms_10000: round(totalMs, 1),
    evaluations_per_second: Math.round(EVALUATIONS / (totalMs / 1000)),
    scenarios: assessments.length,
    findings_seen: findings,
  };
}
