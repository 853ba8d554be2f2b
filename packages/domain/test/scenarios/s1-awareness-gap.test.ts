import { describe, expect, it } from 'vitest';
import { scenarioValues } from '../../src/scenarios/scenario-answers.js';
import { assess, expectTraced, q } from './scenario.helper.js';

// S1 (Uganda pattern): a national strategy gives the city a role but never reached it; the city
// was not consulted; donors fund everything; two officials know the topic; nobody is briefed.
describe('S1 awareness gap (Uganda pattern)', () => {
  const s1 = assess(scenarioValues('S1'));

  it('flags the national framework that never reached the city as high, asking for it through national-local channels', () => {
    const finding = s1.finding('AW-2');
    expect(finding.severity).toBe('high');
    expectTraced(finding, { q: q('awareness', 'shared-with-city'), actual: 'no' });
    expect(finding.actions.join(' ')).toMatch(/channels between national and local government/);
  });

  it('flags that the city was not consulted (medium)', () => {
    expect(s1.finding('AW-3').severity).toBe('medium');
    expectTraced(s1.finding('AW-3'), { q: q('awareness', 'city-consulted'), actual: 'no' });
  });

  it('flags knowledge held by two people as a key-person risk that is also a sustainability risk', () => {
    const finding = s1.finding('AW-4');
    expectTraced(finding, { q: q('awareness', 'officials-aware'), actual: 2 });
    expect(finding.tags).toEqual(expect.arrayContaining(['key-person', 'sustainability']));
  });

  it('asks to socialise the mandate with departments and services nobody has briefed', () => {
    const finding = s1.finding('AW-1');
    expectTraced(finding, {
      op: 'answered',
      q: q('awareness', 'departments-briefed'),
      held: false,
    });
    expect(finding.actions[0]).toMatch(/Brief each department/);
  });

  it('flags the political leadership not briefed', () => {
    expectTraced(s1.finding('AW-5'), { q: q('awareness', 'leadership-briefed'), actual: 'no' });
  });

  it('flags donor dependency (high), the unchecked donor priorities and perception, and no city budget line', () => {
    const dependency = s1.finding('FUN-05');
    expect(dependency.severity).toBe('high');
    expectTraced(dependency, {
      op: 'share',
      actual: { share: 1, part: 180000, total: 180000, rowIds: ['donor-a', 'donor-b'] },
    });
    const review = s1.finding('FUN-03');
    expectTraced(review, {
      field: 'alignmentReviewed',
      rowId: 'donor-a',
      actual: 'no',
      held: false,
    });
    expect(review.actions.join(' ')).toMatch(/priorities/);
    expect(s1.finding('FUN-02').severity).toBe('medium');
    expect(s1.has('SUS-04')).toBe(true);
  });

  it('cites the awareness section and points to the Uganda example', () => {
    for (const code of ['AW-1', 'AW-2', 'AW-3', 'AW-4', 'AW-5']) {
      expect(s1.finding(code).cites).toContain('strategy.mandate.awareness');
      expect(s1.finding(code).examples).toContain('strategy:example:uganda');
    }
  });

  it('does not treat a mandate held but unseen as no mandate at all', () => {
    expect(s1.has('MAN-01')).toBe(false);
  });
});
