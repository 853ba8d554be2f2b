import { describe, expect, it } from 'vitest';
import { scenarioValues } from '../../src/scenarios/scenario-answers.js';
import { assess, expectTraced, q } from './scenario.helper.js';

// S6 (Indonesia pattern): the national action plan encourages local governments to act and
// requires a report twice a year.
describe('S6 reporting duty (Indonesia pattern)', () => {
  const s6 = assess(scenarioValues('S6'));

  it('turns the twice-yearly report into a reporting finding', () => {
    const finding = s6.finding('MAN-07');
    expect(finding.severity).toBe('info');
    expectTraced(finding, {
      field: 'reportingDuty',
      rowId: 'national-action-plan',
      actual: 'twice-a-year',
    });
    expect(finding.actions.join(' ')).toMatch(/calendar/);
  });

  it('asks for the data the report needs and when it is next due', () => {
    expect(s6.evaluation.applicable).toEqual(
      expect.arrayContaining([q('mandate', 'reporting-data'), q('mandate', 'next-report-due')]),
    );
  });

  it('shows the report as a task every 6 months, with its due date and data', () => {
    expect(s6.finding('MAN-07').recurring).toEqual([
      {
        rowId: 'national-action-plan',
        value: 'twice-a-year',
        everyMonths: 6,
        nextDue: '2025-07-15',
        needs: expect.arrayContaining([q('mandate', 'reporting-data')]),
      },
    ]);
  });

  it('classes the mandate as a national framework of the "encouraged, with reporting" kind', () => {
    expectTraced(s6.finding('MAN-09'), {
      field: 'nature',
      rowId: 'national-action-plan',
      actual: 'encouragement',
    });
    expectTraced(s6.finding('STR-01'), { field: 'sourceType', actual: 'national-framework' });
  });
});
