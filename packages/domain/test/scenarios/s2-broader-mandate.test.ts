import { describe, expect, it } from 'vitest';
import { scenarioValues } from '../../src/scenarios/scenario-answers.js';
import { assess, expectTraced, q } from './scenario.helper.js';

// S2 (France pattern): no legal mandate for this work, but a crime-prevention mandate and
// freedom to adopt its own policy, which the city has not done yet.
describe('S2 broader mandate only (France pattern)', () => {
  const complete = assess(scenarioValues('S2'));

  it('finds an implicit mandate via crime prevention (medium)', () => {
    const finding = complete.finding('MAN-02');
    expect(finding.severity).toBe('medium');
    expectTraced(finding, {
      field: 'sourceType',
      rowId: 'crime-prevention-duty',
      actual: 'broader-mandate',
    });
  });

  it('asks to record the legal basis and to consider an own council decision', () => {
    const actions = complete.finding('MAN-02').actions.join(' ');
    expect(actions).toMatch(/legal basis/);
    expect(actions).toMatch(/council decision/);
    expect(complete.finding('MAN-02').examples).toContain('strategy:example:france');
  });

  it('raises no "no mandate" critical finding, and no national-framework findings', () => {
    for (const code of ['MAN-01', 'MAN-03', 'AW-2', 'AW-3'])
      expect(complete.has(code), code).toBe(false);
    expect(complete.evaluation.findings.filter((f) => f.severity === 'critical')).toEqual([]);
  });

  it('ignores the stale national-adoption answer, which no longer applies', () => {
    expect(complete.evaluation.applicable).not.toContain(q('mandate', 'locally-adopted'));
    expect(complete.has('STR-02')).toBe(false);
  });

  it('still raises no MAN-01 when only the mandate is answered', () => {
    const minimal = assess({
      [q('mandate', 'mandates')]: scenarioValues('S2')[q('mandate', 'mandates')]!,
    });
    expect(minimal.has('MAN-02')).toBe(true);
    expect(minimal.has('MAN-01')).toBe(false);
  });
});
