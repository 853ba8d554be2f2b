import { describe, expect, it } from 'vitest';
import { scenarioValues } from '../../src/scenarios/scenario-answers.js';
import { assess, expectTraced, q } from './scenario.helper.js';

// S7 (Norway pattern): every city must produce a local plan for the national action plan and is
// encouraged to build on crime-prevention structures; this city's plan reuses its council.
describe('S7 mainstreamed local plan (Norway pattern)', () => {
  const s7 = assess(scenarioValues('S7'));

  it('credits harnessing an existing mechanism, with no silo warning', () => {
    const finding = s7.finding('STR-20');
    expectTraced(finding, {
      q: q('institutionalisation', 'lead-model'),
      actual: 'network-existing',
    });
    expect(finding.examples).toContain('strategy:example:norway');
    expect(s7.has('CON-4')).toBe(false);
  });

  it('sees the mandate as a national requirement whose local plan exists', () => {
    expectTraced(s7.finding('STR-04'), { field: 'requiredStructureExists', actual: 'yes' });
    const mandate = s7.evaluation.findings.find((f) => f.ruleId === 'strategy:rule:STR-01')!;
    expectTraced(mandate, { field: 'sourceType', actual: 'national-framework' });
    expect(s7.has('MAN-06')).toBe(false);
  });

  it('raises no critical findings, and no gaps at all, when the rest is complete', () => {
    expect(s7.evaluation.findings.filter((f) => f.severity === 'critical')).toEqual([]);
    expect(s7.evaluation.findings.filter((f) => f.kind === 'gap').map((f) => f.ruleId)).toEqual([]);
  });

  it('has every required question answered', () => {
    for (const section of s7.evaluation.completeness)
      expect(section.isComplete, section.section).toBe(true);
  });
});
