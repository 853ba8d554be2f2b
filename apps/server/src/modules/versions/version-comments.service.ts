import { STRATEGY_CHAPTER_KEYS } from '@concord/domain/document';
import type { Db } from '../../db/database.js';
import type { VersionCommentRow } from '../../db/tables.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { newId } from '../../lib/ids.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { assertDocumentCan } from '../documents/documents.policy.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import { findStrategyLock, lockedError } from './strategy-lock.js';
import { insertCommentRow, listCommentRows } from './versions.repository.js';
import { loadVersion } from './versions.service.js';

export interface VersionComment {
  id: string;
  versionId: string;
  sectionId: string;
  text: string;
  /** userId is null for a comment imported from another install or by a removed account. */
  author: { userId: string | null; name: string };
  createdAt: string;
}

function commentRowToComment(row: VersionCommentRow): VersionComment {
  return {
    id: row.id,
    versionId: row.version_id,
    sectionId: row.section_id,
    text: row.text,
    author: { userId: row.author_id, name: row.author_name },
    createdAt: row.created_at,
  };
}

/** A section is a chapter of the document or a section of the guide's questions. */
function isKnownSection(sectionId: string, catalog: ContentCatalog): boolean {
  return (
    (STRATEGY_CHAPTER_KEYS as readonly string[]).includes(sectionId) ||
    catalog.compiled.en.sectionsById.has(sectionId)
  );
}

export async function listVersionComments(
  input: { strategyId: string; versionId: string; sectionId?: string | undefined },
  actor: CityActor,
  db: Db,
): Promise<VersionComment[]> {
  assertDocumentCan(actor, 'document.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const version = await loadVersion(db, strategy, input.versionId);
  const rows = await listCommentRows(db, {
    cityId: strategy.cityId,
    versionId: version.id,
    ...(input.sectionId !== undefined ? { sectionId: input.sectionId } : {}),
  });
  return rows.map(commentRowToComment);
}

/** Reviewers comment on a section while the version is in review. */
export async function addVersionComment(
  input: { strategyId: string; versionId: string; sectionId: string; text: string },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<VersionComment> {
  assertDocumentCan(actor, 'version.comment');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  if (!isKnownSection(input.sectionId, catalog)) {
    throw invalidFields([
      {
        path: 'body.sectionId',
        message: `Use a chapter (${STRATEGY_CHAPTER_KEYS.join(', ')}) or a section id of the guide.`,
      },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const version = await loadVersion(trx, strategy, input.versionId);
    const lock = await findStrategyLock(trx, strategy);
    if (lock) throw lockedError(lock);
    if (version.status !== 'in-review') {
      throw new AppError(
        'conflict',
        `Comments can be added while a version is in review; this one is ${version.status}.`,
      );
    }
    const now = new Date();
    const row: VersionCommentRow = {
      id: newId(),
      city_id: strategy.cityId,
      version_id: version.id,
      section_id: input.sectionId,
      text: input.text,
      author_id: actor.userId,
      author_name: actor.user.name,
      created_at: toTimestamp(now),
    };
    await insertCommentRow(trx, row);
    await recordChange(trx, {
      cityId: strategy.cityId,
      actorId: actor.userId,
      action: 'version.comment',
      entityType: 'version-comment',
      entityId: row.id,
      strategyId: strategy.id,
      before: null,
      after: { versionId: version.id, sectionId: row.section_id, text: row.text },
      at: now,
    });
    return commentRowToComment(row);
  });
}
