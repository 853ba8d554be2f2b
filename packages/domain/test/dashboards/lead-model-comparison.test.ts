import { describe, expect, it } from 'vitest';
import { deriveLeadModelComparison } from '../../src/dashboards/lead-model-comparison.js';
import { baseCity, inputFor, q, scenarioValues, withAnswers } from './dashboards.helper.js';

const withLead = (leadModel: string | undefined) =>
  withAnswers(baseCity, { [q('institutionalisation', 'lead-model')]: leadModel });

describe('lead-model comparison', () => {
  it.each([
    {
      case: 'S7 existing crime-prevention council',
      values: scenarioValues('S7'),
      answer: 'network-existing',
      chosen: 'network',
      form: 'leverage-existing',
    },
    {
      case: 'S4 mayor’s office as one department',
      values: scenarioValues('S4'),
      answer: 'individual-department',
      chosen: 'individual-department',
      form: null,
    },
    {
      case: 'S5 new local safety council',
      values: scenarioValues('S5'),
      answer: 'network-new',
      chosen: 'network',
      form: 'create-new',
    },
    {
      case: 'an expert group',
      values: withLead('expert-group'),
      answer: 'expert-group',
      chosen: 'network',
      form: 'expert-group',
    },
    {
      case: 'a new unit',
      values: withLead('new-unit'),
      answer: 'new-unit',
      chosen: 'new-unit',
      form: null,
    },
    {
      case: 'shared lead',
      values: withLead('shared-departments'),
      answer: 'shared-departments',
      chosen: 'shared-departments',
      form: null,
    },
    {
      case: 'not decided yet',
      values: withLead('none-yet'),
      answer: 'none-yet',
      chosen: null,
      form: null,
    },
    { case: 'unanswered', values: withLead(undefined), answer: null, chosen: null, form: null },
  ])('$case: marks $chosen', ({ values, answer, chosen, form }) => {
    const comparison = deriveLeadModelComparison(inputFor(values));
    expect(comparison.answer?.id ?? null).toBe(answer);
    expect(comparison.chosen).toBe(chosen);
    expect(comparison.options.filter((o) => o.isChosen).map((o) => o.slug)).toEqual(
      chosen ? [chosen] : [],
    );
    expect(comparison.networkForms.find((f) => f.isChosen)?.slug ?? null).toBe(form);
    if (chosen === 'network') expect(comparison.networkForms).toHaveLength(3);
    else expect(comparison.networkForms).toEqual([]);
  });

  it('shows the content’s models side by side with their pros, cons and considerations', () => {
    const { options } = deriveLeadModelComparison(inputFor(baseCity));
    expect(options.map((o) => o.slug)).toEqual([
      'individual-department',
      'new-unit',
      'shared-departments',
      'network',
    ]);
    for (const option of options) {
      expect(option.label).not.toBe('');
      expect(
        option.pros.length + option.cons.length + option.considerations.length,
      ).toBeGreaterThan(2);
      expect(option.cites.length).toBeGreaterThan(0);
    }
  });

  it('labels the city’s answer in the content’s words', () => {
    expect(deriveLeadModelComparison(inputFor(withLead('none-yet'))).answer).toEqual({
      id: 'none-yet',
      label: 'Not decided yet',
    });
  });
});
