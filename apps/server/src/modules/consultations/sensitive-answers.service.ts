import type { Db } from '../../db/database.js';
import { invalidFields } from '../../errors/app-error.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';
import { loadStrategy } from '../strategies/strategy-access.js';
import {
  listSensitiveAnswerRows,
  listSensitiveRowsOfQuestion,
  replaceSensitiveMarks,
} from './sensitive-answers.repository.js';
import { type SensitiveMark, WHOLE_ANSWER, groupSensitiveRows } from './sensitive-marks.js';

export async function listSensitiveMarks(
  input: { strategyId: string },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<{ marks: SensitiveMark[]; sensitiveQuestionIds: string[] }> {
  assertWorkspaceCan(actor, 'strategy.view');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const rows = await listSensitiveAnswerRows(db, {
    cityId: actor.city.cityId,
    strategyId: strategy.id,
  });
  return {
    marks: groupSensitiveRows(rows),
    sensitiveQuestionIds: [...catalog.compiled.en.questions.values()]
      .filter((question) => question.sensitive)
      .map((question) => question.id),
  };
}

/**
 * Sets which parts of an answer never appear on a public page: the whole answer, or some rows
 * of a group (a partner's identity, a threat detail). Applies at once to published pages too.
 */
export async function markSensitive(
  input: { strategyId: string; questionId: string; whole: boolean; rowIds: string[] },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<SensitiveMark> {
  assertWorkspaceCan(actor, 'strategy.manage');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  const question = catalog.compiled.en.questions.get(input.questionId);
  if (!question) {
    throw invalidFields([
      {
        path: 'params.questionId',
        message: `There is no question with this id in content version ${catalog.version}.`,
      },
    ]);
  }
  if (input.rowIds.length > 0 && question.type !== 'group') {
    throw invalidFields([
      { path: 'body.rowIds', message: 'Only answers that are lists have rows to mark.' },
    ]);
  }
  const key = { cityId: actor.city.cityId, strategyId: strategy.id, questionId: question.id };
  const after: SensitiveMark = {
    questionId: question.id,
    whole: input.whole,
    rowIds: input.whole ? [] : [...input.rowIds].sort(),
  };
  await db.transaction().execute(async (trx) => {
    const [before] = groupSensitiveRows(await listSensitiveRowsOfQuestion(trx, key));
    await replaceSensitiveMarks(trx, {
      ...key,
      rowIds: after.whole ? [WHOLE_ANSWER] : after.rowIds,
      markedBy: actor.userId,
      markedAt: toTimestamp(new Date()),
    });
    await recordChange(trx, {
      cityId: key.cityId,
      actorId: actor.userId,
      action: 'answer.sensitivity',
      entityType: 'answer',
      entityId: question.id,
      strategyId: strategy.id,
      before: before ? { whole: before.whole, rowIds: before.rowIds } : null,
      after:
        after.whole || after.rowIds.length > 0
          ? { whole: after.whole, rowIds: after.rowIds }
          : null,
    });
  });
  return after;
}
