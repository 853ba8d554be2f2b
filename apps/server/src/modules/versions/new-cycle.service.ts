import type { Db } from '../../db/database.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { bringToCatalogVersion } from '../documents/answers-at-catalog.js';
import { assertDocumentCan } from '../documents/documents.policy.js';
import { insertStrategyWithContent } from '../imports/strategy-copy.js';
import { isChapterKey } from '../narrative/narrative-chapter.js';
import { END_BEFORE_START_MESSAGE } from '../strategies/strategies.schemas.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import { type Strategy, describeStrategyForAudit } from '../strategies/strategy.js';
import { parseSnapshot } from './version.js';
import { loadVersion } from './versions.service.js';

const LAST_YEAR = 2100;

/**
 * Starts the next strategy cycle from an approved version: a new, open strategy with the
 * approved answers (brought to the current content version) and narrative, to revise rather
 * than start from nothing. By default it follows on: same length, starting the year after.
 */
export async function startNewCycle(
  input: {
    strategyId: string;
    versionId: string;
    title?: string | undefined;
    startYear?: number | undefined;
    endYear?: number | undefined;
  },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<Strategy> {
  assertDocumentCan(actor, 'version.manage');
  const from = await loadStrategy(db, actor, input.strategyId);
  const version = await loadVersion(db, from, input.versionId);
  if (version.status !== 'approved') {
    throw new AppError(
      'conflict',
      `A new cycle starts from an approved version; this one is ${version.status}.`,
    );
  }
  const snapshot = parseSnapshot(version);
  const length = snapshot.strategy.endYear - snapshot.strategy.startYear;
  const startYear = input.startYear ?? Math.min(snapshot.strategy.endYear + 1, LAST_YEAR);
  const endYear = input.endYear ?? Math.min(startYear + length, LAST_YEAR);
  if (endYear < startYear) {
    const path = input.endYear !== undefined ? 'body.endYear' : 'body.startYear';
    throw invalidFields([{ path, message: END_BEFORE_START_MESSAGE }]);
  }
  const answers = bringToCatalogVersion(
    { contentVersion: snapshot.contentVersion, values: snapshot.answers },
    catalog,
  );
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const strategy = await insertStrategyWithContent(trx, {
      cityId: from.cityId,
      actorId: actor.userId,
      title: input.title ?? `${snapshot.strategy.title.slice(0, 185)} (${startYear}–${endYear})`,
      startYear,
      endYear,
      contentVersion: catalog.version,
      answers: answers.values,
      narrative: Object.fromEntries(
        Object.entries(snapshot.narrative).filter(([key]) => isChapterKey(key)),
      ),
      now,
    });
    await recordChange(trx, {
      cityId: from.cityId,
      actorId: actor.userId,
      action: 'strategy.new-cycle',
      entityType: 'strategy',
      entityId: strategy.id,
      strategyId: strategy.id,
      before: null,
      after: {
        ...describeStrategyForAudit(strategy),
        fromStrategyId: from.id,
        fromVersionId: version.id,
      },
      at: now,
    });
    return strategy;
  });
}
