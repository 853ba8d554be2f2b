import { addMonths } from '../../engine/dates.js';
import type { DocumentContext } from '../document-context.js';
import { fillLabel } from '../labels/document-labels.js';

/** One dated item of the handover calendar; `date` is null when the city has not set it. */
export interface UpcomingDate {
  date: string | null;
  what: string;
}

const MANDATES = 'strategy:mandate:q:mandates';
const NEXT_REPORT = 'strategy:mandate:q:next-report-due';
const WINDOW_MONTHS = 12;
// Bounds the walk through a recurring duty (a monthly duty gives at most 12 in a year).
const MAX_OCCURRENCES = 60;

/**
 * Elections, ends of terms, report deadlines, funding end dates and the end of the strategy
 * period falling within the next twelve months, in date order: what an incoming mayor or
 * council must prepare for first.
 */
export function collectUpcomingDates(ctx: DocumentContext): UpcomingDate[] {
  const { handover } = ctx.labels;
  const from = ctx.today;
  const to = addMonths(from, WINDOW_MONTHS);
  const inWindow = (date: unknown): date is string =>
    typeof date === 'string' && date >= from && date <= to;
  const items: UpcomingDate[] = [];

  for (const term of ctx.rows('strategy:sustainability:q:political-terms')) {
    const office = typeof term.office === 'string' ? term.office : '';
    if (inWindow(term.nextElection)) {
      items.push({ date: term.nextElection, what: fillLabel(handover.electionOf, { office }) });
    }
    if (inWindow(term.termEnds)) {
      items.push({ date: term.termEnds, what: fillLabel(handover.termEndsOf, { office }) });
    }
  }

  items.push(...reportingDates(ctx, from, to));

  for (const source of ctx.rows('strategy:funding:q:sources')) {
    if (inWindow(source.endDate)) {
      const name = typeof source.name === 'string' ? source.name : source.id;
      items.push({ date: source.endDate, what: fillLabel(handover.fundingEnds, { name }) });
    }
  }

  const horizonEnd = ctx.answer('strategy:framework:q:horizon-end');
  if (inWindow(horizonEnd)) items.push({ date: horizonEnd, what: handover.strategyEnds });

  // Undated items last: they still need a date, which is itself something to act on.
  return items.sort((a, b) =>
    a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1,
  );
}

function reportingDates(ctx: DocumentContext, from: string, to: string): UpcomingDate[] {
  const { handover } = ctx.labels;
  const mandates = new Map(ctx.rows(MANDATES).map((row) => [row.id, row]));
  const describe = (rowId: string | undefined) => {
    const reportingTo = rowId ? mandates.get(rowId)?.reportingTo : undefined;
    return typeof reportingTo === 'string' && reportingTo.trim() !== ''
      ? fillLabel(handover.reportDue, { to: reportingTo })
      : handover.reportDueGeneric;
  };
  const tasks = ctx.evaluation.findings.flatMap((f) => f.recurring ?? []);
  const items: UpcomingDate[] = [];
  for (const task of tasks) {
    if (!mandates.has(task.rowId)) continue;
    if (task.nextDue === null) {
      items.push({ date: null, what: describe(task.rowId) });
      continue;
    }
    let due = task.nextDue;
    for (let n = 0; n < MAX_OCCURRENCES && due <= to; n += 1) {
      if (due >= from) items.push({ date: due, what: describe(task.rowId) });
      due = addMonths(due, task.everyMonths);
    }
  }
  const nextReport = ctx.answer(NEXT_REPORT);
  if (
    tasks.length === 0 &&
    typeof nextReport === 'string' &&
    nextReport >= from &&
    nextReport <= to
  ) {
    items.push({ date: nextReport, what: describe(undefined) });
  }
  return items;
}
