import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { findApprovedVersionRow } from './versions.repository.js';

/** The approved version that freezes a strategy. */
export interface StrategyLock {
  versionId: string;
  number: number;
  label: string;
  approvedAt: string;
}

export async function findStrategyLock(
  db: Db,
  strategy: { cityId: string; id: string },
): Promise<StrategyLock | null> {
  const row = await findApprovedVersionRow(db, {
    cityId: strategy.cityId,
    strategyId: strategy.id,
  });
  return row
    ? { versionId: row.id, number: row.number, label: row.label, approvedAt: row.status_changed_at }
    : null;
}

export function lockedError(lock: StrategyLock): AppError {
  return new AppError(
    'locked',
    `Version ${lock.number} ("${lock.label}") was approved on ${lock.approvedAt.slice(0, 10)}, so this strategy can no longer be changed. Start a new cycle from that version to keep working.`,
    { details: { lock } },
  );
}

/**
 * The hook every change to a strategy's content goes through (answers, accepted risks,
 * narrative, versions): once a version is approved, what the council approved stays as it was.
 */
export async function assertStrategyUnlocked(
  db: Db,
  strategy: { cityId: string; id: string },
): Promise<void> {
  const lock = await findStrategyLock(db, strategy);
  if (lock) throw lockedError(lock);
}
