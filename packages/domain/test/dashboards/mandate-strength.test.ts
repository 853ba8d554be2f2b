import { describe, expect, it } from 'vitest';
import { deriveMandateStrength } from '../../src/dashboards/mandate-strength.js';
import { inputFor, q, scenarioValues, withAnswers, baseCity } from './dashboards.helper.js';

// Points per criterion are in content/strategy/scores.yaml; each row names the criteria met.
describe('mandate strength', () => {
  it.each([
    {
      case: 'S7 national requirement, adopted locally, traceable, all forms, briefed',
      values: scenarioValues('S7'),
      score: 100,
      mandate: 'National strategy or action plan',
    },
    {
      // explicit 35 + all forms 10 + functions 10 + levels 5 + partners 5; no local adoption,
      // no document reference, leaders not briefed, only two officials aware.
      case: 'S1 national framework that never reached the city',
      values: scenarioValues('S1'),
      score: 65,
      mandate: 'National strategy or action plan',
    },
    {
      // broader duty 15 + traceable 10 + all forms 10 + functions 10 + 5 + 5 + 5 + 5
      case: 'S2 broader crime-prevention mandate only',
      values: scenarioValues('S2'),
      score: 65,
      mandate: 'A broader duty the city already has (for example public safety)',
    },
    {
      case: 'S8 public-safety duty, no national framework',
      values: scenarioValues('S8'),
      score: 65,
      mandate: 'A broader duty the city already has (for example public safety)',
    },
    {
      // Without a mandate the questions on what it allows and who knows it no longer apply,
      // so only traceability holds (a "none" row needs no document).
      case: 'no mandate at all',
      values: withAnswers(baseCity, {
        [q('mandate', 'mandates')]: [{ id: 'none', sourceType: 'none' }],
      }),
      score: 10,
      mandate: 'No mandate',
    },
  ])('$case: $score', ({ values, score, mandate }) => {
    const strength = deriveMandateStrength(inputFor(values));
    expect(strength.score).toBe(score);
    expect(strength.max).toBe(100);
    expect(strength.pointsMet).toBe(score);
    expect(strength.mandates.map((m) => m.sourceLabel)).toEqual([mandate]);
  });

  it('lists every criterion as a reason, the met ones first, with the points still open', () => {
    const strength = deriveMandateStrength(inputFor(scenarioValues('S1')));
    expect(strength.reasons).toHaveLength(10);
    const firstUnmet = strength.reasons.findIndex((r) => !r.met);
    expect(strength.reasons.slice(firstUnmet).every((r) => !r.met)).toBe(true);
    // 65 gained; the 50 points not met are capped by the 35 the maximum leaves.
    expect(strength.pointsOpen).toBe(35);
    expect(strength.reasons.find((r) => !r.met && /briefed/.test(r.text))).toBeDefined();
  });

  it('leaves no points open at the maximum, though the broader-duty alternative is not met', () => {
    const strength = deriveMandateStrength(inputFor(scenarioValues('S7')));
    expect(strength.reasons.filter((r) => !r.met).map((r) => r.points)).toEqual([15]);
    expect(strength.pointsOpen).toBe(0);
  });

  it('reads the nature of each mandate with its label', () => {
    const strength = deriveMandateStrength(inputFor(scenarioValues('S6')));
    expect(strength.mandates[0]).toMatchObject({
      rowId: 'national-action-plan',
      nature: 'encouragement',
      natureLabel: 'The city is encouraged to act',
    });
  });
});
