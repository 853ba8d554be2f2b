import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import type { StrategyRowWithLock } from '../strategies/strategies.repository.js';
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

/** The lock of a strategy read together with its approved version (`findStrategyWithLock`). */
export function lockOfRow(
  row: Pick<
    StrategyRowWithLock,
    'approved_version_id' | 'approved_version_number' | 'approved_version_label' | 'approved_at'
  >,
): StrategyLock | null {
  const { approved_version_id, approved_version_number, approved_version_label, approved_at } = row;
  if (
    approved_version_id === null ||
    approved_version_number === null ||
    approved_version_label === null ||
    approved_at === null
  ) {
    return null;
  }
  return {
    versionId: approved_version_id,
    number: approved_version_number,
    label: approved_version_label,
    approvedAt: approved_at,
  };
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
  assertNotLocked(await findStrategyLock(db, strategy));
}

/** The same rule for a lock already read (e.g. with the strategy, by `loadStrategyWithLock`). */
export function assertNotLocked(lock: StrategyLock | null): void {
  if (lock) throw lockedError(lock);
}
