import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/answers/answers.types.js';
import { compileContent, evaluate } from '../../src/engine/index.js';
import { loadContent } from '../../src/node/index.js';

/** A fixed calendar day, so date rules never depend on when the suite runs. */
export const TODAY = '2025-06-01';

// Rules are tested against the real library: a case proves the YAML says what we mean.
const { library } = await loadContent();
const content = compileContent(library);

export type Values = Record<string, AnswerValue>;

export interface RuleCase {
  name: string;
  values: Values;
  fires: boolean;
  today?: string;
}

/** Ids (the part after `strategy:rule:`) of every rule that fires on these answers. */
export function firedRuleCodes(values: Values, today: string = TODAY): string[] {
  const evaluation = evaluate(content, { contentVersion: content.version, values }, { today });
  return evaluation.findings.map((finding) => finding.ruleId.replace(/^strategy:rule:/, ''));
}

/** One `describe` per rule, one `it` per case: fires, does not fire, and the boundary. */
export function describeRuleCases(table: Record<string, RuleCase[]>): void {
  for (const [code, cases] of Object.entries(table)) {
    describe(code, () => {
      it('exists in the library', () => {
        expect(library.rules.some((rule) => rule.id === `strategy:rule:${code}`)).toBe(true);
      });
      it.each(cases)('$name', ({ values, fires, today }) => {
        expect(firedRuleCodes(values, today).includes(code)).toBe(fires);
      });
    });
  }
}
