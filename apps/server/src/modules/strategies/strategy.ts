import type { StrategyRow } from '../../db/tables.js';

export const STRATEGY_STATUSES = ['active', 'archived'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

/** A strategy cycle of a city (e.g. 2025-2028), answered against one content version. */
export interface Strategy {
  id: string;
  cityId: string;
  title: string;
  startYear: number;
  endYear: number;
  contentVersion: number;
  status: StrategyStatus;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export function strategyRowToStrategy(row: StrategyRow): Strategy {
  return {
    id: row.id,
    cityId: row.city_id,
    title: row.title,
    startYear: row.start_year,
    endYear: row.end_year,
    contentVersion: row.content_version,
    // The column has a CHECK constraint; this only narrows the type.
    status: row.status === 'archived' ? 'archived' : 'active',
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The fields the audit log keeps for a strategy. */
export function describeStrategyForAudit(strategy: Strategy) {
  return {
    title: strategy.title,
    startYear: strategy.startYear,
    endYear: strategy.endYear,
    status: strategy.status,
    contentVersion: strategy.contentVersion,
  };
}
