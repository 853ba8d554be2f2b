import { describe, expect, it } from 'vitest';
import { derivePoliticalCalendar } from '../../src/dashboards/political-calendar.js';
import { baseCity, inputFor, q, scenarioValues, withAnswers } from './dashboards.helper.js';

const terms = (rows: Record<string, string>[]) =>
  withAnswers(baseCity, {
    [q('sustainability', 'political-terms')]: rows.map((r, i) => ({ id: `t${i}`, ...r })),
  });

describe('political calendar', () => {
  it('lists the base city’s dates in order, the handover brief three months before the election', () => {
    const calendar = derivePoliticalCalendar(inputFor(baseCity));
    expect(calendar.events.map((e) => [e.date, e.kind, e.status])).toEqual([
      ['2025-01-01', 'strategy-starts', 'past'],
      ['2027-06-13', 'handover-due', 'upcoming'],
      ['2027-09-13', 'election', 'upcoming'],
      ['2027-10-31', 'term-ends', 'upcoming'],
      ['2028-12-31', 'strategy-ends', 'upcoming'],
    ]);
    expect(calendar.terms).toEqual([
      {
        rowId: 'term-mayor',
        office: 'Mayor',
        termEnds: '2027-10-31',
        nextElection: '2027-09-13',
        changeDate: '2027-09-13',
        handoverDue: '2027-06-13',
        handoverStatus: 'upcoming',
        withinHorizon: true,
      },
    ]);
    expect(calendar.handoverBriefing).toBe('yes');
    expect(calendar.reporting).toEqual([]);
  });

  it.each([
    { case: 'before the handover window', today: '2027-03-01', status: 'upcoming' },
    { case: 'on the day the brief is due', today: '2027-06-13', status: 'due-now' },
    { case: 'between the due date and the election', today: '2027-08-01', status: 'due-now' },
    { case: 'on election day', today: '2027-09-13', status: 'due-now' },
    { case: 'after the election', today: '2027-09-14', status: 'past' },
  ])('handover $case is $status', ({ today, status }) => {
    const calendar = derivePoliticalCalendar(inputFor(baseCity, today));
    expect(calendar.terms[0]?.handoverStatus).toBe(status);
    expect(calendar.events.find((e) => e.kind === 'handover-due')?.status).toBe(status);
  });

  it.each([
    {
      case: 'a term ending before its election date takes the earlier date',
      rows: [{ office: 'Council', termEnds: '2026-03-31', nextElection: '2026-05-10' }],
      changeDate: '2026-03-31',
      handoverDue: '2025-12-31',
      withinHorizon: true,
    },
    {
      case: 'an election after the strategy is outside the horizon',
      rows: [{ office: 'Mayor', nextElection: '2029-05-31' }],
      changeDate: '2029-05-31',
      handoverDue: '2029-02-28',
      withinHorizon: false,
    },
    {
      case: 'an office without dates has no handover date',
      rows: [{ office: 'Regional council' }],
      changeDate: null,
      handoverDue: null,
      withinHorizon: null,
    },
  ])('$case', ({ rows, changeDate, handoverDue, withinHorizon }) => {
    const [term] = derivePoliticalCalendar(inputFor(terms(rows))).terms;
    expect(term).toMatchObject({ changeDate, handoverDue, withinHorizon });
  });

  it('turns S6’s twice-yearly reporting duty into report dates up to the strategy’s end', () => {
    const calendar = derivePoliticalCalendar(inputFor(scenarioValues('S6')));
    expect(calendar.reporting).toEqual([
      {
        rowId: 'national-action-plan',
        mandate: 'National action plan on preventing violent extremism',
        duty: 'twice-a-year',
        dutyLabel: 'Twice a year',
        reportingTo: 'National counter-terrorism agency',
        everyMonths: 6,
        dueDates: [
          '2025-07-15',
          '2026-01-15',
          '2026-07-15',
          '2027-01-15',
          '2027-07-15',
          '2028-01-15',
          '2028-07-15',
        ],
      },
    ]);
    const reports = calendar.events.filter((e) => e.kind === 'report-due');
    expect(reports).toHaveLength(7);
    expect(reports[0]).toMatchObject({
      subject: 'National counter-terrorism agency',
      status: 'upcoming',
    });
  });

  it.each([
    {
      case: 'quarterly',
      duty: 'quarterly',
      everyMonths: 3,
      first: '2025-01-31',
      expected: ['2025-01-31', '2025-04-30', '2025-07-31'],
    },
    {
      case: 'another schedule lists only the next date',
      duty: 'other',
      everyMonths: null,
      first: '2025-09-01',
      expected: ['2025-09-01'],
    },
  ])('reporting $case', ({ duty, everyMonths, first, expected }) => {
    const values = withAnswers(scenarioValues('S6'), {
      [q('mandate', 'mandates')]: [
        {
          id: 'm',
          sourceType: 'national-framework',
          nature: 'requirement',
          reportingDuty: duty,
          reportingTo: 'Ministry',
        },
      ],
      [q('mandate', 'next-report-due')]: first,
    });
    const [reporting] = derivePoliticalCalendar(inputFor(values)).reporting;
    expect(reporting?.everyMonths).toBe(everyMonths);
    expect(reporting?.dueDates.slice(0, expected.length)).toEqual(expected);
    expect(reporting?.mandate).toBe('National strategy or action plan');
  });

  it('without a strategy period, lists two years of reports and leaves horizon membership unknown', () => {
    const values = withAnswers(scenarioValues('S6'), {
      [q('framework', 'horizon-start')]: undefined,
      [q('framework', 'horizon-end')]: undefined,
    });
    const calendar = derivePoliticalCalendar(inputFor(values));
    expect(calendar.horizon).toBeNull();
    expect(calendar.reporting[0]?.dueDates).toHaveLength(5);
    expect(calendar.events.every((e) => e.withinHorizon === null)).toBe(true);
    expect(calendar.events.some((e) => e.kind === 'strategy-starts')).toBe(false);
  });
});
