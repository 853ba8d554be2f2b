import { expect } from 'vitest';
import { buildAnswersSchema } from '../../src/answers/answers.schema.js';
import type { AnswerValue } from '../../src/answers/answers.types.js';
import { compileContent } from '../../src/engine/compile-content.js';
import type { Finding } from '../../src/engine/derive-findings.js';
import { evaluate, type Evaluation } from '../../src/engine/evaluate.js';
import { loadContent } from '../../src/node/load-content.js';

/** Every scenario is judged on the same day, so date rules never depend on when tests run. */
export const TODAY = '2025-06-01';

export const { library } = await loadContent();
export const content = compileContent(library);
const answersSchema = buildAnswersSchema(content);

export { q, withAnswers, type Values } from '../../src/scenarios/scenario-ids.js';
type Values = Record<string, AnswerValue>;

export const rule = (code: string) => `strategy:rule:${code}`;

export interface Assessment {
  evaluation: Evaluation;
  codes: string[];
  /** The finding of a rule; fails the test (listing what did fire) when it is absent. */
  finding(code: string): Finding;
  has(code: string): boolean;
}

/**
 * Evaluates a city's answers against the real content. The answers must pass the same schema
 * the server applies, so a scenario can never rely on a value the product would reject.
 */
export function assess(values: Values): Assessment {
  const answers = { contentVersion: content.version, values };
  const parsed = answersSchema.safeParse(answers);
  if (!parsed.success)
    throw new Error(
      `Scenario answers are invalid: ${JSON.stringify(parsed.error.issues, null, 2)}`,
    );
  const evaluation = evaluate(content, answers, { today: TODAY });
  const codes = evaluation.findings.map((f) => f.ruleId.replace('strategy:rule:', ''));
  return {
    evaluation,
    codes,
    has: (code) => codes.includes(code),
    finding(code) {
      const found = evaluation.findings.find((f) => f.ruleId === rule(code));
      if (!found) throw new Error(`Expected finding ${code}; fired: ${codes.join(', ')}`);
      return found;
    },
  };
}

/** Asserts a finding holds because of a given answer: some trace entry matches `entry`. */
export function expectTraced(finding: Finding, entry: Record<string, unknown>): void {
  expect(finding.trace).toContainEqual(expect.objectContaining(entry));
}
