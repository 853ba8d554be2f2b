import type { GroupRow } from '../answers/answers.types.js';
import type { Condition } from '../content/condition.schema.js';
import type { CriteriaScore, MetricScore, Score } from '../content/score.schema.js';
import type { EvalContext } from './eval-context.js';
import {
  computeShare,
  evaluateCondition,
  numericValue,
  rowsOf,
  withRow,
} from './evaluate-condition.js';

export type ScoreReason =
  | { kind: 'criterion'; text: string; met: boolean; points: number }
  | { kind: 'share'; key: string; amount: number; share: number };

export interface ScoreResult {
  id: string;
  title: string;
  /** null when a metric has nothing to measure yet (no amounts entered). */
  value: number | null;
  max: number;
  reasons: ScoreReason[];
}

export function computeScores(scores: Score[], context: EvalContext): ScoreResult[] {
  return scores.map((score) =>
    'criteria' in score ? scoreCriteria(score, context) : scoreMetric(score, context),
  );
}

/** Points of the criteria that hold, capped at max; every criterion is listed, met or not. */
function scoreCriteria(score: CriteriaScore, context: EvalContext): ScoreResult {
  let total = 0;
  const reasons: ScoreReason[] = score.criteria.map((criterion) => {
    const met = evaluateCondition(criterion.when, context);
    if (met) total += criterion.points;
    return { kind: 'criterion', text: criterion.reason, met, points: criterion.points };
  });
  return {
    id: score.id,
    title: score.title,
    value: Math.min(total, score.max),
    max: score.max,
    reasons,
  };
}

function scoreMetric(score: MetricScore, context: EvalContext): ScoreResult {
  const { metric } = score;
  const base = { id: score.id, title: score.title, max: 1 };
  if (metric.kind === 'share') {
    const share = computeShare(metric.q, metric.amountField, metric.where, context);
    if (!share) return { ...base, value: null, reasons: [] };
    return {
      ...base,
      value: share.share,
      reasons: [
        { kind: 'share', key: 'matching', amount: share.part, share: share.share },
        { kind: 'share', key: 'other', amount: share.total - share.part, share: 1 - share.share },
      ],
    };
  }
  const shares = sharesByKey(
    rowsOf(metric.q, context),
    metric.amountField,
    metric.keyField,
    metric.where,
    context,
  );
  if (shares.length === 0) return { ...base, value: null, reasons: [] };
  const value = shares.reduce((sum, s) => sum + s.share * s.share, 0);
  return { ...base, value, reasons: shares.map((s) => ({ kind: 'share', ...s })) };
}

export interface KeyShare {
  key: string;
  amount: number;
  share: number;
}

/**
 * Groups rows by a key field and gives each key its share of the total amount, sorted by key.
 * Rows without a key count under "unspecified" so the shares always add up to 1.
 */
export function sharesByKey(
  rows: GroupRow[],
  amountField: string,
  keyField: string,
  where: Condition | undefined,
  context: EvalContext,
): KeyShare[] {
  const totals = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    if (where && !evaluateCondition(where, withRow(context, row))) continue;
    const amount = numericValue(row[amountField]) ?? 0;
    if (amount <= 0) continue;
    const rawKey = row[keyField];
    const key = typeof rawKey === 'string' && rawKey !== '' ? rawKey : 'unspecified';
    totals.set(key, (totals.get(key) ?? 0) + amount);
    total += amount;
  }
  if (total <= 0) return [];
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, amount]) => ({ key, amount, share: amount / total }));
}
