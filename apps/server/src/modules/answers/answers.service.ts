import type { AnswerValue, CompiledQuestion } from '@concord/domain';
import type { Db } from '../../db/database.js';
import { AppError, type FieldProblem, invalidFields } from '../../errors/app-error.js';
import { toTimestamp } from '../../lib/time.js';
import { listAssignedSectionIds } from '../assignments/assignments.repository.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import {
  assertWorkspaceCan,
  canEditSection,
  canInWorkspace,
} from '../strategies/strategies.policy.js';
import { assertStrategyWritable, loadStrategy } from '../strategies/strategy-access.js';
import type { Strategy } from '../strategies/strategy.js';
import { type StoredAnswer, answerRowToAnswer, isSameValue, unansweredAnswer } from './answer.js';
import { type ProposedValue, validateAnswerValues } from './answer-validation.js';
import { findDateOrderProblems } from './date-order.js';
import {
  findAnswerRows,
  insertFirstAnswer,
  listAnswerRows,
  updateAnswerAtRevision,
} from './answers.repository.js';

/** One requested change; a null value clears the answer. */
export interface AnswerChange {
  value: unknown;
  /** The revision the person started from; 0 when they saw no answer. */
  baseRevision: number;
}

interface PlannedChange {
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

export async function listAnswers(
  input: { strategyId: string },
  actor: CityActor,
  db: Db,
): Promise<{ contentVersion: number; answers: Record<string, StoredAnswer> }> {
  assertWorkspaceCan(actor, 'strategy.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const rows = await listAnswerRows(db, actor.city.cityId, strategy.id);
  return {
    contentVersion: strategy.contentVersion,
    answers: Object.fromEntries(rows.map((row) => [row.question_id, answerRowToAnswer(row)])),
  };
}

async function assertMayEditSections(
  actor: CityActor,
  db: Db,
  strategy: Strategy,
  sectionIds: readonly string[],
): Promise<void> {
  assertWorkspaceCan(actor, 'answers.edit-assigned');
  if (canInWorkspace(actor, 'answers.edit-all', actor.city)) return;
  const assigned = await listAssignedSectionIds(db, {
    cityId: actor.city.cityId,
    strategyId: strategy.id,
    userId: actor.userId,
  });
  if (sectionIds.some((id) => !canEditSection(actor, actor.city, id, assigned))) {
    throw new AppError(
      'forbidden',
      'This section is not assigned to you. Ask your coordinator to assign it to you.',
    );
  }
}

/** Checks every value (nulls clear, so need no check); throws with every problem at once. */
function planChanges(
  catalog: ContentCatalog,
  requested: readonly (Omit<ProposedValue, 'value'> & AnswerChange)[],
): PlannedChange[] {
  const toCheck = requested.filter((change) => change.value !== null);
  const { values, problems } = validateAnswerValues(catalog, toCheck);
  if (problems.length > 0) throw invalidFields(problems);
  return requested.map((change) => ({
    question: change.question,
    value: change.value === null ? null : (values.get(change.question.id) ?? null),
    baseRevision: change.baseRevision,
    path: change.path,
  }));
}

/** A save is stale when the answer moved on since the revision the person started from. */
function isStale(current: StoredAnswer, baseRevision: number): boolean {
  return baseRevision === 0 ? current.value !== null : current.revision !== baseRevision;
}

/**
 * Writes the changes in one transaction with their audit rows. Every write is conditional on
 * the revision read just before, so nothing is overwritten that the person has not seen: a
 * stale change becomes a conflict, and any conflict rolls back the whole batch.
 */
async function writeAnswers(
  db: Db,
  {
    actor,
    strategy,
    changes,
    catalog,
  }: {
    actor: CityActor;
    strategy: Strategy;
    changes: PlannedChange[];
    catalog: ContentCatalog;
  },
): Promise<StoredAnswer[]> {
  const { cityId } = actor.city;
  return db.transaction().execute(async (trx) => {
    const pending = new Map(changes.map((c) => [c.question.id, c.value]));
    const dateProblems = await findDateOrderProblems(trx, {
      strategy,
      content: catalog.compiled.en,
      pending,
      pathOf: (questionId) => changes.find((c) => c.question.id === questionId)?.path ?? '',
    });
    if (dateProblems.length > 0) throw invalidFields(dateProblems);

    const questionIds = changes.map((c) => c.question.id);
    const readCurrent = async (questionId: string) => {
      const [row] = await findAnswerRows(trx, cityId, strategy.id, [questionId]);
      return row ? answerRowToAnswer(row) : unansweredAnswer(questionId);
    };
    const rows = new Map(
      (await findAnswerRows(trx, cityId, strategy.id, questionIds)).map((row) => [
        row.question_id,
        row,
      ]),
    );
    const saved: StoredAnswer[] = [];
    const conflicts: AnswerConflict[] = [];
    const now = new Date();
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
            updatedAt: toTimestamp(now),
          })
        : await insertFirstAnswer(trx, {
            city_id: cityId,
            strategy_id: strategy.id,
            question_id: questionId,
            value,
            revision: 1,
            updated_by: actor.userId,
            updated_at: toTimestamp(now),
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
        updatedAt: toTimestamp(now),
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

function unknownQuestion(path: string, catalog: ContentCatalog): FieldProblem {
  return {
    path,
    message: `There is no question with this id in content version ${catalog.version}.`,
  };
}

/** Saves (or, with a null value, clears) one answer, from the revision the person saw. */
export async function saveAnswer(
  input: { strategyId: string; questionId: string } & AnswerChange,
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<StoredAnswer> {
  assertWorkspaceCan(actor, 'answers.edit-assigned');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  assertStrategyWritable(strategy, catalog);
  const question = catalog.compiled.en.questions.get(input.questionId);
  if (!question) throw invalidFields([unknownQuestion('params.questionId', catalog)]);
  await assertMayEditSections(actor, db, strategy, [question.sectionId]);
  const changes = planChanges(catalog, [
    { question, value: input.value, baseRevision: input.baseRevision, path: 'body.value' },
  ]);
  const [answer] = await writeAnswers(db, { actor, strategy, changes, catalog });
  return answer ?? unansweredAnswer(question.id);
}

/** Saves a section page all at once: every answer is saved, or none is. */
export async function saveSectionAnswers(
  input: { strategyId: string; sectionId: string; answers: Record<string, AnswerChange> },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<Record<string, StoredAnswer>> {
  assertWorkspaceCan(actor, 'answers.edit-assigned');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  assertStrategyWritable(strategy, catalog);
  const content = catalog.compiled.en;
  if (!content.sectionsById.has(input.sectionId)) {
    throw invalidFields([
      {
        path: 'params.sectionId',
        message: `There is no section with this id in content version ${catalog.version}.`,
      },
    ]);
  }
  const problems: FieldProblem[] = [];
  const requested: (Omit<ProposedValue, 'value'> & AnswerChange)[] = [];
  for (const [questionId, change] of Object.entries(input.answers)) {
    const path = `body.answers.${questionId}`;
    const question = content.questions.get(questionId);
    if (!question) problems.push(unknownQuestion(path, catalog));
    else if (question.sectionId !== input.sectionId) {
      problems.push({ path, message: 'This question belongs to another section.' });
    } else requested.push({ question, ...change, path: `${path}.value` });
  }
  if (problems.length > 0) throw invalidFields(problems);
  await assertMayEditSections(actor, db, strategy, [input.sectionId]);
  const changes = planChanges(catalog, requested);
  const saved = await writeAnswers(db, { actor, strategy, changes, catalog });
  return Object.fromEntries(saved.map((answer) => [answer.questionId, answer]));
}
