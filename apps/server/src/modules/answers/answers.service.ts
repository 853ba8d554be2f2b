import type { Db } from '../../db/database.js';
import { AppError, type FieldProblem, invalidFields } from '../../errors/app-error.js';
import { listAssignedSectionIds } from '../assignments/assignments.repository.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import {
  assertWorkspaceCan,
  canEditSection,
  canInWorkspace,
} from '../strategies/strategies.policy.js';
import {
  assertStrategyWritable,
  loadStrategy,
  loadStrategyWithLock,
} from '../strategies/strategy-access.js';
import { type Strategy, strategyRowToStrategy } from '../strategies/strategy.js';
import { assertNotLocked, lockOfRow } from '../versions/strategy-lock.js';
import { type StoredAnswer, answerRowToAnswer, unansweredAnswer } from './answer.js';
import { type PlannedChange, writeAnswers } from './answer-writer.js';
import { type ProposedValue, validateAnswerValues } from './answer-validation.js';
import { findAnswerRows, findStrategyWithAnswerRow, listAnswerRows } from './answers.repository.js';

/** One requested change; a null value clears the answer. */
export interface AnswerChange {
  value: unknown;
  /** The revision the person started from; 0 when they saw no answer. */
  baseRevision: number;
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
  // One read for the strategy, its lock and the stored answer: the save's only query before
  // the transaction (beyond the session and the role).
  const found = await findStrategyWithAnswerRow(db, {
    cityId: actor.city.cityId,
    strategyId: input.strategyId,
    questionId: input.questionId,
  });
  if (!found) throw new AppError('not_found');
  const strategy = strategyRowToStrategy(found.strategy);
  assertStrategyWritable(strategy, catalog);
  assertNotLocked(lockOfRow(found.strategy));
  const question = catalog.compiled.en.questions.get(input.questionId);
  if (!question) throw invalidFields([unknownQuestion('params.questionId', catalog)]);
  await assertMayEditSections(actor, db, strategy, [question.sectionId]);
  const changes = planChanges(catalog, [
    { question, value: input.value, baseRevision: input.baseRevision, path: 'body.value' },
  ]);
  const stored = found.answer ? [found.answer] : [];
  const [answer] = await writeAnswers(db, { actor, strategy, changes, stored, catalog });
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
  const { strategy, lock } = await loadStrategyWithLock(db, actor, input.strategyId);
  assertStrategyWritable(strategy, catalog);
  assertNotLocked(lock);
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
  const stored = await findAnswerRows(
    db,
    actor.city.cityId,
    strategy.id,
    changes.map((change) => change.question.id),
  );
  const saved = await writeAnswers(db, { actor, strategy, changes, stored, catalog });
  return Object.fromEntries(saved.map((answer) => [answer.questionId, answer]));
}
