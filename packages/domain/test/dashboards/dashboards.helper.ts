import type { AnswerValue } from '../../src/answers/answers.types.js';
import { buildAnswersSchema } from '../../src/answers/answers.schema.js';
import { deriveDashboards, type Dashboards } from '../../src/dashboards/index.js';
import type { DashboardInput } from '../../src/dashboards/dashboard-input.js';
import { compileContent } from '../../src/engine/compile-content.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { loadContent } from '../../src/node/load-content.js';

/** The scenarios' day (as in test/scenarios), so date-relative statuses never drift. */
export const TODAY = '2025-06-01';

const { library } = await loadContent();
export const content = compileContent(library);
const answersSchema = buildAnswersSchema(content);

export { q, withAnswers } from '../../src/scenarios/scenario-ids.js';
export { baseCity } from '../../src/scenarios/base-city.js';
export { scenarioValues, SCENARIO_ANSWERS } from '../../src/scenarios/scenario-answers.js';

/**
 * The dashboards' input for a set of answers, judged on `today`. The answers must pass the
 * server's schema, so a test never relies on a value the product would reject.
 */
export function inputFor(values: Record<string, AnswerValue>, today = TODAY): DashboardInput {
  const answers = { contentVersion: content.version, values };
  const parsed = answersSchema.safeParse(answers);
  if (!parsed.success)
    throw new Error(`Invalid answers: ${JSON.stringify(parsed.error.issues, null, 2)}`);
  return { content, answers, evaluation: evaluate(content, answers, { today }), today };
}

export function dashboardsFor(values: Record<string, AnswerValue>, today = TODAY): Dashboards {
  return deriveDashboards(inputFor(values, today));
}
