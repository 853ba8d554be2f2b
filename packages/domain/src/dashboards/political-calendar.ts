import { addMonths, isIsoDate } from '../engine/dates.js';
import { labelOf } from './content-labels.js';
import { compareText, readAnswers, rowText, type DashboardInput } from './dashboard-input.js';

const Q = {
  terms: 'strategy:sustainability:q:political-terms',
  handover: 'strategy:sustainability:q:handover-briefing',
  mandates: 'strategy:mandate:q:mandates',
  nextReport: 'strategy:mandate:q:next-report-due',
  horizonStart: 'strategy:framework:q:horizon-start',
  horizonEnd: 'strategy:framework:q:horizon-end',
} as const;

/** How long before an election or the end of a term the handover brief should be ready. */
export const HANDOVER_LEAD_MONTHS = 3;
/** Reporting dates are listed up to the strategy's end, or this many months without one. */
export const REPORTING_WINDOW_MONTHS = 24;
const MAX_REPORT_DATES = 48;

export type CalendarEventKind =
  'strategy-starts' | 'strategy-ends' | 'election' | 'term-ends' | 'handover-due' | 'report-due';

/** past: before today; due-now: a handover brief whose change of leadership is still ahead. */
export type CalendarStatus = 'past' | 'due-now' | 'upcoming';

export interface CalendarEvent {
  id: string;
  date: string;
  kind: CalendarEventKind;
  /** The office (terms, elections, handovers) or who receives the report. */
  subject: string | null;
  status: CalendarStatus;
  /** Whether the date falls within the strategy's period; null when the period is unknown. */
  withinHorizon: boolean | null;
}

export interface PoliticalTerm {
  rowId: string;
  office: string | null;
  termEnds: string | null;
  nextElection: string | null;
  /** The first change of leadership: the election or the end of term, whichever comes first. */
  changeDate: string | null;
  handoverDue: string | null;
  handoverStatus: CalendarStatus | null;
  withinHorizon: boolean | null;
}

export interface ReportingDuty {
  rowId: string;
  mandate: string | null;
  duty: string;
  dutyLabel: string;
  reportingTo: string | null;
  /** Months between reports; null for a schedule the content cannot count ("other"). */
  everyMonths: number | null;
  dueDates: string[];
}

export interface PoliticalCalendar {
  horizon: { start: string; end: string } | null;
  terms: PoliticalTerm[];
  reporting: ReportingDuty[];
  /** The answer to "will incoming leaders be briefed?" (yes, no, unknown) or null. */
  handoverBriefing: string | null;
  /** Every dated event, in date order. */
  events: CalendarEvent[];
}

/**
 * The dates that shape the strategy politically: its period, each office's end of term and
 * next election with the handover brief due HANDOVER_LEAD_MONTHS before the first of them,
 * and the reports mandates require (their frequency comes from the engine's recurring tasks).
 */
export function derivePoliticalCalendar(input: DashboardInput): PoliticalCalendar {
  const answers = readAnswers(input);
  const { today } = input;
  const start = answers.text(Q.horizonStart);
  const end = answers.text(Q.horizonEnd);
  const horizon = start && end && start <= end ? { start, end } : null;
  const within = (date: string) => (horizon ? date >= horizon.start && date <= horizon.end : null);
  const statusOf = (date: string): CalendarStatus => (date < today ? 'past' : 'upcoming');

  const terms: PoliticalTerm[] = answers.rows(Q.terms).map((row) => {
    const termEnds = dateOrNull(rowText(row, 'termEnds'));
    const nextElection = dateOrNull(rowText(row, 'nextElection'));
    const changeDate =
      [termEnds, nextElection].filter((d): d is string => d !== null).sort()[0] ?? null;
    const handoverDue = changeDate ? addMonths(changeDate, -HANDOVER_LEAD_MONTHS) : null;
    return {
      rowId: row.id,
      office: rowText(row, 'office'),
      termEnds,
      nextElection,
      changeDate,
      handoverDue,
      handoverStatus:
        changeDate && handoverDue ? handoverStatusOf(handoverDue, changeDate, today) : null,
      withinHorizon: changeDate ? within(changeDate) : null,
    };
  });

  const everyMonths = new Map(
    input.evaluation.findings
      .flatMap((f) => f.recurring ?? [])
      .map((t) => [t.rowId, t.everyMonths]),
  );
  const nextReport = dateOrNull(answers.text(Q.nextReport));
  const reporting: ReportingDuty[] = answers.rows(Q.mandates).flatMap((row) => {
    const duty = rowText(row, 'reportingDuty');
    if (!duty || duty === 'none') return [];
    const months = everyMonths.get(row.id) ?? null;
    const sourceType = rowText(row, 'sourceType');
    return [
      {
        rowId: row.id,
        mandate:
          rowText(row, 'documentRef') ??
          (sourceType ? labelOf(input.content, Q.mandates, sourceType, 'sourceType') : null),
        duty,
        dutyLabel: labelOf(input.content, Q.mandates, duty, 'reportingDuty'),
        reportingTo: rowText(row, 'reportingTo'),
        everyMonths: months,
        dueDates: nextReport ? reportDates(nextReport, months, horizon?.end ?? null) : [],
      },
    ];
  });

  const events: CalendarEvent[] = [];
  const add = (
    id: string,
    date: string,
    kind: CalendarEventKind,
    subject: string | null,
    status?: CalendarStatus,
  ) =>
    events.push({
      id,
      date,
      kind,
      subject,
      status: status ?? statusOf(date),
      withinHorizon: within(date),
    });
  if (horizon) {
    add('strategy-starts', horizon.start, 'strategy-starts', null);
    add('strategy-ends', horizon.end, 'strategy-ends', null);
  }
  for (const term of terms) {
    if (term.nextElection)
      add(`election:${term.rowId}`, term.nextElection, 'election', term.office);
    if (term.termEnds) add(`term-ends:${term.rowId}`, term.termEnds, 'term-ends', term.office);
    if (term.handoverDue)
      add(
        `handover-due:${term.rowId}`,
        term.handoverDue,
        'handover-due',
        term.office,
        term.handoverStatus ?? undefined,
      );
  }
  for (const duty of reporting)
    duty.dueDates.forEach((date, i) =>
      add(`report-due:${duty.rowId}:${i}`, date, 'report-due', duty.reportingTo),
    );
  events.sort(
    (a, b) =>
      compareText(a.date, b.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );

  return { horizon, terms, reporting, handoverBriefing: answers.text(Q.handover), events };
}

// Same-day events read in the order things happen: prepare, vote, hand over, report.
const KIND_ORDER: CalendarEventKind[] = [
  'strategy-starts',
  'handover-due',
  'election',
  'term-ends',
  'report-due',
  'strategy-ends',
];

function handoverStatusOf(due: string, change: string, today: string): CalendarStatus {
  if (change < today) return 'past';
  return due <= today ? 'due-now' : 'upcoming';
}

/** The first due date, then one every `months` until the strategy ends (or the window does). */
function reportDates(first: string, months: number | null, horizonEnd: string | null): string[] {
  if (months === null || months <= 0) return [first];
  const last =
    horizonEnd && horizonEnd >= first ? horizonEnd : addMonths(first, REPORTING_WINDOW_MONTHS);
  const dates: string[] = [];
  for (let i = 0; dates.length < MAX_REPORT_DATES; i++) {
    // Counted from the first date each time, so 31 Jan + 1 month + 1 month stays on the 31st.
    const date = addMonths(first, i * months);
    if (date > last) break;
    dates.push(date);
  }
  return dates;
}

function dateOrNull(value: string | null): string | null {
  return isIsoDate(value) ? value : null;
}
