import type { AnswerValue } from '../answers/answers.types.js';
import { isGroupRows } from '../answers/answers.types.js';
import { sharesByKey, type KeyShare } from './compute-scores.js';

export interface FundingMixOptions {
  amountField?: string;
  keyField?: string;
  currencyField?: string;
  /** Option ids of the two sides of a match-funded partnership (the London pattern). */
  matchedKey?: string;
  matchingKey?: string;
}

export interface FundingMix {
  total: number;
  currencies: string[];
  /** Shares add amounts across currencies; treat them as indicative when this is true. */
  isMixedCurrency: boolean;
  bySource: KeyShare[];
  /** Sum of squared shares: 1 = one source only, near 0 = spread across many. null without amounts. */
  herfindahl: number | null;
  /** matchingKey amount per unit of matchedKey amount (e.g. private money per city pound). */
  matchRatio: number | null;
  sources: number;
}

/**
 * Summarises a funding-sources group for the funding view and exports: totals, shares per
 * source type, concentration and the match ratio. Works on the raw group answer.
 */
export function computeFundingMix(
  value: AnswerValue | undefined,
  options: FundingMixOptions = {},
): FundingMix {
  const {
    amountField = 'amount',
    keyField = 'sourceType',
    currencyField = 'currency',
    matchedKey = 'city-budget',
    matchingKey = 'private-partnership',
  } = options;
  const rows = isGroupRows(value)
    ? [...value].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    : [];
  const context = { values: new Map(), today: '1970-01-01' };
  const bySource = sharesByKey(rows, amountField, keyField, undefined, context);
  const total = bySource.reduce((sum, s) => sum + s.amount, 0);
  const currencies = [
    ...new Set(
      rows
        .map((r) => r[currencyField])
        .filter((c): c is string => typeof c === 'string' && c !== ''),
    ),
  ].sort();
  const amountOf = (key: string) => bySource.find((s) => s.key === key)?.amount ?? 0;
  const matched = amountOf(matchedKey);
  return {
    total,
    currencies,
    isMixedCurrency: currencies.length > 1,
    bySource,
    herfindahl:
      bySource.length === 0 ? null : bySource.reduce((sum, s) => sum + s.share * s.share, 0),
    matchRatio: matched > 0 && amountOf(matchingKey) > 0 ? amountOf(matchingKey) / matched : null,
    sources: rows.length,
  };
}
