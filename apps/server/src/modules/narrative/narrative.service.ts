import { STRATEGY_CHAPTER_KEYS, type StrategyChapterKey } from '@concord/domain/document';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import { assertDocumentCan, canOnDocument } from '../documents/documents.policy.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import type { Strategy } from '../strategies/strategy.js';
import { type StrategyLock, findStrategyLock, lockedError } from '../versions/strategy-lock.js';
import { type NarrativeChapter, emptyChapter, narrativeRowToChapter } from './narrative-chapter.js';
import {
  findNarrativeRow,
  insertFirstNarrative,
  listNarrativeRows,
  updateNarrativeAtRevision,
} from './narrative.repository.js';

/** Every chapter in document order, empty ones included. */
export async function loadNarrative(
  db: Db,
  strategy: Pick<Strategy, 'cityId' | 'id'>,
): Promise<NarrativeChapter[]> {
  const rows = await listNarrativeRows(db, { cityId: strategy.cityId, strategyId: strategy.id });
  const byKey = new Map(rows.map((row) => [row.chapter_key, narrativeRowToChapter(row)]));
  return STRATEGY_CHAPTER_KEYS.map((key) => byKey.get(key) ?? emptyChapter(key));
}

export async function getNarrative(
  input: { strategyId: string },
  actor: CityActor,
  db: Db,
): Promise<{
  chapters: Record<StrategyChapterKey, NarrativeChapter>;
  canEdit: boolean;
  lock: StrategyLock | null;
}> {
  assertDocumentCan(actor, 'document.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const [chapters, lock] = await Promise.all([
    loadNarrative(db, strategy),
    findStrategyLock(db, strategy),
  ]);
  return {
    chapters: Object.fromEntries(chapters.map((c) => [c.chapterKey, c])) as Record<
      StrategyChapterKey,
      NarrativeChapter
    >,
    canEdit:
      canOnDocument(actor, 'narrative.edit', actor.city) &&
      strategy.status === 'active' &&
      lock === null,
    lock,
  };
}

function conflictError(current: NarrativeChapter, yours: string): AppError {
  const who = current.updatedBy?.name ?? 'Someone';
  return new AppError(
    'conflict',
    `${who} changed this chapter after you started. Compare both texts and choose what to keep.`,
    { details: { chapterKey: current.chapterKey, current, yours } },
  );
}

/**
 * Saves one chapter from the revision the person started from, like an answer: a stale save
 * writes nothing and returns both texts; saving the text already stored is a no-op.
 */
export async function saveNarrativeChapter(
  input: { strategyId: string; chapterKey: StrategyChapterKey; text: string; baseRevision: number },
  actor: CityActor,
  db: Db,
): Promise<NarrativeChapter> {
  assertDocumentCan(actor, 'narrative.edit');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  if (strategy.status === 'archived') {
    throw new AppError(
      'conflict',
      'This strategy is archived, so it cannot be changed. A coordinator can make it active again.',
    );
  }
  const key = { cityId: strategy.cityId, strategyId: strategy.id, chapterKey: input.chapterKey };
  return db.transaction().execute(async (trx) => {
    const lock = await findStrategyLock(trx, strategy);
    if (lock) throw lockedError(lock);
    const row = await findNarrativeRow(trx, key);
    const current = row ? narrativeRowToChapter(row) : emptyChapter(input.chapterKey);
    if (current.text === input.text) return current;
    if (current.revision !== input.baseRevision) throw conflictError(current, input.text);

    const now = new Date();
    const written = row
      ? await updateNarrativeAtRevision(trx, {
          key,
          fromRevision: row.revision,
          text: input.text,
          updatedBy: actor.userId,
          updatedAt: toTimestamp(now),
        })
      : await insertFirstNarrative(trx, {
          city_id: key.cityId,
          strategy_id: key.strategyId,
          chapter_key: key.chapterKey,
          text: input.text,
          revision: 1,
          updated_by: actor.userId,
          updated_at: toTimestamp(now),
        });
    if (!written) {
      const latest = await findNarrativeRow(trx, key);
      throw conflictError(
        latest ? narrativeRowToChapter(latest) : emptyChapter(input.chapterKey),
        input.text,
      );
    }
    await recordChange(trx, {
      cityId: key.cityId,
      actorId: actor.userId,
      action: 'narrative.save',
      entityType: 'narrative',
      entityId: key.chapterKey,
      strategyId: key.strategyId,
      before: current.revision === 0 ? null : current.text,
      after: input.text,
      at: now,
    });
    return {
      chapterKey: input.chapterKey,
      text: input.text,
      revision: current.revision + 1,
      updatedBy: { userId: actor.userId, name: actor.user.name },
      updatedAt: toTimestamp(now),
    };
  });
}
