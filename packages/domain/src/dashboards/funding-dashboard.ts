import { computeFundingMix } from '../engine/funding-mix.js';
import { labelOf, optionsOf } from './content-labels.js';
import {
  compareText,
  readAnswers,
  rowNumber,
  rowText,
  type AnswerReader,
  type DashboardInput,
} from './dashboard-input.js';
import { splitAcrossYears, yearsBetween, type YearAmount } from './split-across-years.js';

const SOURCES = 'strategy:funding:q:sources';
const HORIZON_START = 'strategy:framework:q:horizon-start';
const HORIZON_END = 'strategy:framework:q:horizon-end';
export const COMPETITIVE_SHARE_SCORE_ID = 'strategy:score:competitive-grant-share';
/** A chart wider than this is unreadable; years beyond it are summed as "later". */
export const MAX_YEARS = 30;

export interface FundingSource {
  rowId: string;
  sourceType: string;
  sourceLabel: string;
  name: string | null;
  amount: number;
  currency: string | null;
  startDate: string | null;
  endDate: string | null;
  /** The amount spread over calendar years, or null when the period is incomplete. */
  years: YearAmount[] | null;
}

export interface SourceYearAmount {
  sourceType: string;
  year: number;
  amount: number;
}

export interface EndingSource {
  rowId: string;
  name: string | null;
  sourceType: string;
  sourceLabel: string;
  amount: number;
  currency: string | null;
  endDate: string;
  /** True when the end date is already past on the day judged. */
  hasEnded: boolean;
}

export interface FundingDashboard {
  /** Every kind of source the content knows, in its order, with its localised label. */
  sourceTypes: { key: string; label: string }[];
  /** Consecutive years covering the dated sources and the strategy's period. */
  years: number[];
  bySourceAndYear: SourceYearAmount[];
  /** Amounts whose period is missing or incomplete, per source type. */
  undated: { sourceType: string; amount: number }[];
  /** Amounts dated after the last year shown (see MAX_YEARS). */
  later: number;
  total: number;
  bySource: { key: string; label: string; amount: number; share: number }[];
  /** Herfindahl index of the shares by source type: 1 = one kind only. */
  concentration: number | null;
  /** 1 / concentration: as if the money were spread evenly over this many kinds of source. */
  equivalentSources: number | null;
  competitiveShare: number | null;
  currencies: { currency: string | null; amount: number; share: number }[];
  /** Amounts in several currencies are added as they are: totals are then only indicative. */
  isMixedCurrency: boolean;
  horizon: { start: string; end: string } | null;
  /** Sources ending on or after the strategy starts and before its last day. */
  endingInHorizon: EndingSource[];
  /** Years of the strategy's period with no dated funding at all. */
  uncoveredHorizonYears: number[];
  sources: FundingSource[];
}

/**
 * The funding mix over time: each source's amount spread over the years it runs, the mix by
 * kind of source, how concentrated it is, how much depends on competitive grants, and which
 * money stops before the strategy does.
 */
export function deriveFundingDashboard(input: DashboardInput): FundingDashboard {
  const answers = readAnswers(input);
  const rows = answers.rows(SOURCES);
  const mix = computeFundingMix(rows);
  const sourceTypes = optionsOf(input.content, SOURCES, 'sourceType').map((o) => ({
    key: o.id,
    label: o.label,
  }));
  const label = (key: string) => labelOf(input.content, SOURCES, key, 'sourceType');
  const sources: FundingSource[] = rows.flatMap((row) => {
    const amount = rowNumber(row, 'amount') ?? 0;
    if (amount <= 0) return [];
    const sourceType = rowText(row, 'sourceType') ?? 'unspecified';
    const startDate = rowText(row, 'startDate');
    const endDate = rowText(row, 'endDate');
    return [
      {
        rowId: row.id,
        sourceType,
        sourceLabel: label(sourceType),
        name: rowText(row, 'name'),
        amount,
        currency: rowText(row, 'currency')?.toUpperCase() ?? null,
        startDate,
        endDate,
        years: splitAcrossYears(amount, startDate, endDate),
      },
    ];
  });
  const horizon = readHorizon(answers);
  const { years, later, bySourceAndYear } = spreadOverYears(sources, horizon);
  const competitive = input.evaluation.scores.find((s) => s.id === COMPETITIVE_SHARE_SCORE_ID);

  return {
    sourceTypes,
    years,
    bySourceAndYear,
    undated: sumBySource(sources.filter((s) => s.years === null)),
    later,
    total: mix.total,
    bySource: mix.bySource.map((s) => ({ ...s, label: label(s.key) })),
    concentration: mix.herfindahl,
    equivalentSources: mix.herfindahl ? 1 / mix.herfindahl : null,
    competitiveShare: competitive?.value ?? null,
    currencies: currencyMix(sources, mix.total),
    isMixedCurrency: new Set(sources.map((s) => s.currency)).size > 1,
    horizon,
    endingInHorizon: horizon ? endingWithin(sources, horizon, input.today) : [],
    uncoveredHorizonYears: horizon
      ? yearsBetween(horizon.start, horizon.end).filter(
          (year) => !bySourceAndYear.some((c) => c.year === year && c.amount > 0),
        )
      : [],
    sources,
  };
}

/** The amount of one source type in one year (0 when none). */
export function amountIn(dashboard: FundingDashboard, sourceType: string, year: number): number {
  return (
    dashboard.bySourceAndYear.find((c) => c.sourceType === sourceType && c.year === year)?.amount ??
    0
  );
}

function readHorizon(answers: AnswerReader): { start: string; end: string } | null {
  const start = answers.text(HORIZON_START);
  const end = answers.text(HORIZON_END);
  return start && end && start <= end ? { start, end } : null;
}

function spreadOverYears(
  sources: FundingSource[],
  horizon: { start: string; end: string } | null,
): { years: number[]; later: number; bySourceAndYear: SourceYearAmount[] } {
  const dated = sources.flatMap((s) => s.years ?? []);
  const known = [
    ...dated.map((y) => y.year),
    ...(horizon ? yearsBetween(horizon.start, horizon.end) : []),
  ];
  if (known.length === 0) return { years: [], later: 0, bySourceAndYear: [] };
  const first = Math.min(...known);
  const last = Math.min(Math.max(...known), first + MAX_YEARS - 1);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const cells = new Map<string, SourceYearAmount>();
  let later = 0;
  for (const source of sources) {
    for (const part of source.years ?? []) {
      if (part.year > last) {
        later += part.amount;
        continue;
      }
      const key = `${source.sourceType}\u0000${part.year}`;
      const cell = cells.get(key) ?? { sourceType: source.sourceType, year: part.year, amount: 0 };
      cell.amount += part.amount;
      cells.set(key, cell);
    }
  }
  const bySourceAndYear = [...cells.values()].sort(
    (a, b) => a.year - b.year || compareText(a.sourceType, b.sourceType),
  );
  return { years, later, bySourceAndYear };
}

function sumBySource(sources: FundingSource[]): { sourceType: string; amount: number }[] {
  const totals = new Map<string, number>();
  for (const s of sources) totals.set(s.sourceType, (totals.get(s.sourceType) ?? 0) + s.amount);
  return [...totals.entries()].map(([sourceType, amount]) => ({ sourceType, amount }));
}

function currencyMix(
  sources: FundingSource[],
  total: number,
): { currency: string | null; amount: number; share: number }[] {
  const totals = new Map<string | null, number>();
  for (const s of sources) totals.set(s.currency, (totals.get(s.currency) ?? 0) + s.amount);
  return [...totals.entries()]
    .map(([currency, amount]) => ({ currency, amount, share: total > 0 ? amount / total : 0 }))
    .sort((a, b) => b.amount - a.amount);
}

// A source ending on the strategy's last day is no gap: the strategy ends with it (as in FUN-08).
function endingWithin(
  sources: FundingSource[],
  horizon: { start: string; end: string },
  today: string,
): EndingSource[] {
  return sources
    .filter((s) => s.endDate !== null && s.endDate >= horizon.start && s.endDate < horizon.end)
    .map((s) => ({
      rowId: s.rowId,
      name: s.name,
      sourceType: s.sourceType,
      sourceLabel: s.sourceLabel,
      amount: s.amount,
      currency: s.currency,
      endDate: s.endDate!,
      hasEnded: s.endDate! < today,
    }))
    .sort((a, b) => compareText(a.endDate, b.endDate));
}
