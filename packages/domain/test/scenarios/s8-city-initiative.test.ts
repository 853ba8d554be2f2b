import { describe, expect, it } from 'vitest';
import { scenarioValues } from '../../src/scenarios/scenario-answers.js';
import { assess, expectTraced, q } from './scenario.helper.js';

// S8 (Dabrowa Gornicza pattern): no national framework; the city used its public-safety mandate
// to set up a local team with civil society.
describe('S8 city initiative without a national framework (Dabrowa Gornicza pattern)', () => {
  const s8 = assess(scenarioValues('S8'));

  it('finds a broader public-safety mandate and suggests a council decision', () => {
    const finding = s8.finding('MAN-02');
    expectTraced(finding, {
      field: 'sourceType',
      rowId: 'public-safety-duty',
      actual: 'broader-mandate',
    });
    expect(finding.actions.join(' ')).toMatch(/council decision/);
    expect(finding.examples).toContain('strategy:example:poland-dabrowa-gornicza');
  });

  it('sees whole-of-society as partly met: civil society is there, others are not', () => {
    expectTraced(s8.finding('PRI-5'), {
      q: q('principles', 'stakeholder-sectors'),
      actual: ['civil-society'],
    });
    for (const code of ['PRI-4', 'INS-08', 'INS-09']) expect(s8.has(code), code).toBe(false);
    expect(s8.has('STR-25')).toBe(true);
  });

  it('asks to check that public safety reaches beyond physical security', () => {
    const finding = s8.finding('SF-6');
    expectTraced(finding, { field: 'broaderBasis', actual: 'public-safety' });
    expectTraced(finding, {
      op: 'answered',
      q: q('sufficiency', 'public-safety-scope'),
      held: false,
    });
  });

  it('asks nothing about a national framework the city does not have', () => {
    expect(s8.evaluation.applicable).not.toContain(q('awareness', 'shared-with-city'));
    for (const code of ['AW-2', 'AW-3', 'MAN-01', 'MAN-03']) expect(s8.has(code), code).toBe(false);
  });
});
