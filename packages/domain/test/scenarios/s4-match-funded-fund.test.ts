import { describe, expect, it } from 'vitest';
import { computeFundingMix } from '../../src/engine/funding-mix.js';
import { scenarioValues } from '../../src/scenarios/scenario-answers.js';
import { assess, expectTraced, q } from './scenario.helper.js';

// S4 (London pattern): the mayor's office runs a grassroots fund; a private partner matched the
// city's money (GBP 800,000 in all, 30+ grassroots organisations funded).
describe('S4 match-funded city fund (London pattern)', () => {
  const values = scenarioValues('S4');
  const s4 = assess(values);

  it('shows the funding mix: city budget and private partnership, matched one to one', () => {
    const mix = computeFundingMix(values[q('funding', 'sources')]);
    expect(mix).toMatchObject({
      total: 800000,
      currencies: ['GBP'],
      matchRatio: 1,
      herfindahl: 0.5,
    });
    expect(mix.bySource).toEqual([
      { key: 'city-budget', amount: 400000, share: 0.5 },
      { key: 'private-partnership', amount: 400000, share: 0.5 },
    ]);
    const concentration = s4.evaluation.scores.find(
      (s) => s.id === 'strategy:score:funding-concentration',
    )!;
    expect(concentration.value).toBeCloseTo(0.5);
  });

  it('credits the city budget line and the match funding', () => {
    expectTraced(s4.finding('STR-34'), { q: q('funding', 'match-funding'), actual: 'yes' });
    expectTraced(s4.finding('STR-35'), {
      field: 'sourceType',
      rowId: 'city-hall',
      actual: 'city-budget',
    });
  });

  it('raises no competitive-grant or donor dependency finding', () => {
    for (const code of ['FUN-01', 'FUN-01C', 'FUN-02', 'FUN-05'])
      expect(s4.has(code), code).toBe(false);
    expect(
      s4.evaluation.scores.find((s) => s.id === 'strategy:score:competitive-grant-share')!.value,
    ).toBe(0);
  });

  it('suggests an alignment and community-perception check for the private partner only', () => {
    const finding = s4.finding('FUN-03');
    expectTraced(finding, {
      field: 'sourceType',
      rowId: 'private-partner',
      actual: 'private-partnership',
    });
    expect(finding.trace.some((t) => t.rowId === 'city-hall')).toBe(false);
    expect(finding.actions.join(' ')).toMatch(/community partners/);
    expect(finding.examples).toContain('strategy:example:london-shared-endeavour-fund');
  });

  it('represents the city as grant-maker, with the number of grantees and the amount', () => {
    expectTraced(s4.finding('STR-32'), { q: q('resources', 'grant-programme'), actual: 'yes' });
    for (const id of ['grantees', 'grant-amount', 'grant-programme-name']) {
      expect(s4.evaluation.applicable).toContain(q('resources', id));
    }
    expect(values[q('resources', 'grantees')]).toBe(30);
    expect(values[q('resources', 'grant-amount')]).toEqual({ amount: 800000, currency: 'GBP' });
  });
});
