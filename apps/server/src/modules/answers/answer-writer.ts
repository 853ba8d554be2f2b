import type { AnswerValue, CompiledQuestion } from '@concord/domain';
import type { Db } from '../../db/database.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import type { Strategy } from '../strategies/strategy.js';
import { type StoredAnswer, answerRowToAnswer, isSameValue, unansweredAnswer } from './answer.js';
import { findDateOrderProblems } from './date-order.js';
import {
  type AnswerRowWithAuthor,
  findAnswerRows,
  insertFirstAnswer,
  updateAnswerAtRevision,
} from './answers.repository.js';

/** A checked change, ready to write; a null value clears the answer. */
export interface PlannedChange {
  question: CompiledQuestion;
  value: AnswerValue | null;
  baseRevision: number;
  /** Where the value sits in the request, for error messages. */
  path: string;
}

export interface AnswerConflict {
  questionId: string;
  current: StoredAnswer;
  yours: unknown;
}

/** A save is stale when the answer moved on since the revision the person started from. */
function isStale(current: StoredAnswer, baseRevision: number): boolean {
  return baseRevision === 0 ? current.value !== null : current.revision !== baseRevision;
}

/**
 * Writes the changes in one transaction with their audit rows. `stored` holds the rows of these
 * questions as read before (missing: never saved). Every write is conditional on the revision
 * read, so nothing is overwritten that the person has not seen: a change made meanwhile becomes a
 * conflict, and any conflict rolls back the whole batch.
 */
export async function writeAnswers(
  db: Db,
  {
    actor,
    strategy,
    changes,
    stored,
    catalog,
  }: {
    actor: CityActor;
    strategy: Strategy;
    changes: PlannedChange[];
    stored: readonly AnswerRowWithAuthor[];
    catalog: ContentCatalog;
  },
): Promise<StoredAnswer[]> {
  const { cityId } = actor.city;
  const rows = new Map(stored.map((row) => [row.question_id, row]));
  return db.transaction().execute(async (trx) => {
    const pending = new Map(changes.map((c) => [c.question.id, c.value]));
    const dateProblems = await findDateOrderProblems(trx, {
      strategy,
      content: catalog.compiled.en,
      pending,
      pathOf: (questionId) => changes.find((c) => c.question.id === questionId)?.path ?? '',
    });
    if (dateProblems.length > 0) throw invalidFields(dateProblems);

    const readCurrent = async (questionId: string) => {
      const [row] = await findAnswerRows(trx, cityId, strategy.id, [questionId]);
      return row ? answerRowToAnswer(row) : unansweredAnswer(questionId);
    };
    const saved: StoredAnswer[] = [];
    const conflicts: AnswerConflict[] = [];
    const now = new Date();
    const updatedAt = toTimestamp(now);
    for (const change of changes) {
      const questionId = change.question.id;
      const row = rows.get(questionId);
      const current = row ? answerRowToAnswer(row) : unansweredAnswer(questionId);
      // Already what the person wants (e.g. a retried autosave): nothing to write or to fight over.
      if (isSameValue(current.value, change.value)) {
        saved.push(current);
        continue;
      }
      if (isStale(current, change.baseRevision)) {
        conflicts.push({ questionId, current, yours: change.value });
        continue;
      }
      const value = change.value === null ? null : JSON.stringify(change.value);
      const written = row
        ? await updateAnswerAtRevision(trx, {
            cityId,
            strategyId: strategy.id,
            questionId,
            fromRevision: row.revision,
            value,
            updatedBy: actor.userId,
            updatedAt,
          })
        : await insertFirstAnswer(trx, {
            city_id: cityId,
            strategy_id: strategy.id,
            question_id: questionId,
            value,
            revision: 1,
            updated_by: actor.userId,
            updated_at: updatedAt,
          });
      if (!written) {
        // Someone else saved between our read and our write: report what they saved.
        conflicts.push({ questionId, current: await readCurrent(questionId), yours: change.value });
        continue;
      }
      await recordChange(trx, {
        cityId,
        actorId: actor.userId,
        action: change.value === null ? 'answer.clear' : 'answer.save',
        entityType: 'answer',
        entityId: questionId,
        strategyId: strategy.id,
        before: current.value,
        after: change.value,
        at: now,
      });
      saved.push({
        questionId,
        value: change.value,
        revision: current.revision + 1,
        updatedBy: { userId: actor.userId, name: actor.user.name },
        updatedAt,
      });
    }
    if (conflicts.length > 0) throw conflictError(conflicts, changes.length);
    return saved;
  });
}

function conflictError(conflicts: AnswerConflict[], batchSize: number): AppError {
  const [first] = conflicts;
  const who = first?.current.updatedBy?.name ?? 'Someone';
  const message =
    batchSize === 1
      ? `${who} changed this answer after you started. Compare both versions and choose which to keep.`
      : `${conflicts.length === 1 ? 'One answer was' : `${conflicts.length} answers were`} changed by someone else after you started. Nothing on this page was saved. Compare the versions and choose which to keep.`;
  const details =
    batchSize === 1 && first
      ? { questionId: first.questionId, current: first.current, yours: first.yours }
      : { conflicts };
  return new AppError('conflict', message, { details });
}
