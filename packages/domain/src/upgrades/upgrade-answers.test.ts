import { describe, expect, it } from 'vitest';
import { answersV0, answersV0WithoutLeadership } from '../../test/fixtures/answers-v0.js';
import { buildAnswersSchema } from '../answers/answers.schema.js';
import { compileContent } from '../engine/compile-content.js';
import { evaluate } from '../engine/evaluate.js';
import { loadContent } from '../node/load-content.js';
import type { AnswerUpgrade } from './answer-upgrade.types.js';
import { canUpgrade, upgradeAnswers } from './upgrade-answers.js';

const { library } = await loadContent();
const content = compileContent(library);
const TODAY = '2025-06-01';

describe('upgrade v0 -> v1: split "who has been briefed"', () => {
  it('moves departments and the leadership into the two v1 questions', () => {
    const upgraded = upgradeAnswers(answersV0, 0, 1);
    expect(upgraded.contentVersion).toBe(1);
    expect(upgraded.values['strategy:awareness:q:departments-briefed']).toEqual([
      'youth-education',
      'housing',
    ]);
    expect(upgraded.values['strategy:awareness:q:leadership-briefed']).toBe('yes');
    expect(upgraded.values).not.toHaveProperty('strategy:awareness:q:briefed');
    expect(upgraded.values['strategy:mandate:q:mandates']).toEqual(
      answersV0.values['strategy:mandate:q:mandates'],
    );
  });

  it('gives answers the real v1 content accepts and evaluates', () => {
    expect(content.version).toBe(1);
    for (const old of [answersV0, answersV0WithoutLeadership]) {
      const upgraded = upgradeAnswers(old, 0, content.version);
      const parsed = buildAnswersSchema(content).safeParse(upgraded);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(() => evaluate(content, upgraded, { today: TODAY })).not.toThrow();
    }
  });

  it('keeps the meaning: leadership briefed in v0 means no AW-5 in v1; left out means AW-5', () => {
    const fired = (answers: typeof answersV0) =>
      evaluate(content, upgradeAnswers(answers, 0, 1), { today: TODAY }).findings.map(
        (f) => f.ruleId,
      );
    expect(fired(answersV0)).not.toContain('strategy:rule:AW-5');
    expect(fired(answersV0WithoutLeadership)).toContain('strategy:rule:AW-5');
  });

  it('leaves both new questions unanswered when the old one was', () => {
    const upgraded = upgradeAnswers({ contentVersion: 0, values: {} }, 0, 1);
    expect(upgraded).toEqual({ contentVersion: 1, values: {} });
  });

  it('records nobody-yet as no leadership briefing and no departments', () => {
    const upgraded = upgradeAnswers(
      { contentVersion: 0, values: { 'strategy:awareness:q:briefed': ['nobody-yet'] } },
      0,
      1,
    );
    expect(upgraded.values).toEqual({ 'strategy:awareness:q:leadership-briefed': 'no' });
  });

  it('does not change the stored answers it was given', () => {
    const before = structuredClone(answersV0);
    upgradeAnswers(answersV0, 0, 1);
    expect(answersV0).toEqual(before);
  });
});

describe('upgradeAnswers', () => {
  const bump = (from: number): AnswerUpgrade => ({
    from,
    to: from + 1,
    summary: `step ${from}`,
    upgrade: (values) => ({ ...values, steps: `${String(values.steps ?? '')}${from}` }),
  });

  it('applies each step in order', () => {
    const result = upgradeAnswers({ contentVersion: 1, values: {} }, 1, 4, [
      bump(3),
      bump(1),
      bump(2),
    ]);
    expect(result).toEqual({ contentVersion: 4, values: { steps: '123' } });
  });

  it('is the identity when the versions match', () => {
    expect(upgradeAnswers(answersV0, 0, 0)).toEqual(answersV0);
  });

  it('refuses a missing step, a downgrade and a wrong starting version', () => {
    expect(() => upgradeAnswers({ contentVersion: 1, values: {} }, 1, 3, [bump(1)])).toThrow(
      /from content version 2 to 3/,
    );
    expect(() => upgradeAnswers({ contentVersion: 2, values: {} }, 2, 1, [])).toThrow(/downgrade/);
    expect(() => upgradeAnswers(answersV0, 1, 2)).toThrow(/record content version 0/);
    expect(canUpgrade(0, 1)).toBe(true);
    expect(canUpgrade(0, 2)).toBe(false);
  });
});
