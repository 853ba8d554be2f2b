import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { type StrategyLock, lockOfRow } from '../versions/strategy-lock.js';
import { type Strategy, strategyRowToStrategy } from './strategy.js';
import { findStrategy, findStrategyWithLock } from './strategies.repository.js';

/** The strategy of the actor's city, or not_found (also for another city's strategy id). */
export async function loadStrategy(
  db: Db,
  actor: CityActor,
  strategyId: string,
): Promise<Strategy> {
  const row = await findStrategy(db, actor.city.cityId, strategyId);
  if (!row) throw new AppError('not_found');
  return strategyRowToStrategy(row);
}

/** Like `loadStrategy`, with the approved version that locks it (null when none), in one read. */
export async function loadStrategyWithLock(
  db: Db,
  actor: CityActor,
  strategyId: string,
): Promise<{ strategy: Strategy; lock: StrategyLock | null }> {
  const row = await findStrategyWithLock(db, actor.city.cityId, strategyId);
  if (!row) throw new AppError('not_found');
  return { strategy: strategyRowToStrategy(row), lock: lockOfRow(row) };
}

/**
 * Changes to answers, assignments and accepted risks need an active strategy answered under the
 * content version this server has loaded (answers are checked against that version).
 */
export function assertStrategyWritable(strategy: Strategy, catalog: ContentCatalog): void {
  if (strategy.status === 'archived') {
    throw new AppError(
      'conflict',
      'This strategy is archived, so it cannot be changed. A coordinator can make it active again.',
    );
  }
  if (strategy.contentVersion !== catalog.version) {
    throw new AppError(
      'conflict',
      `This strategy was started with version ${strategy.contentVersion} of the guide content, and Concord now has version ${catalog.version}. Start a new strategy to keep working.`,
    );
  }
}
