import { type GroupRow, isGroupRows } from '@concord/domain';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { toTimestamp } from '../../lib/time.js';
import { answerRowToAnswer, type StoredAnswer } from '../answers/answer.js';
import { findAnswerRows } from '../answers/answers.repository.js';
import { saveAnswer } from '../answers/answers.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';
import { commentRowToComment } from './comment.js';
import { listCommentRows } from './comments.repository.js';
import { loadConsultation, loadScope } from './consultation-access.js';
import { buildSummaryRow, summaryRowId } from './consultation-summary.js';
import { CONSULTATIONS_QUESTION_ID } from './consultation-topics.js';
import { updateConsultation } from './consultations.repository.js';

/**
 * Writes the consultation's summary into the strategy's consultation log as one row, through
 * the answers service: the write is checked against the content, takes part in the revision
 * rule and is audited like any other answer, and the participation findings (CON-3, STR-21)
 * read it at once. Summarising again replaces the same row instead of adding another.
 */
export async function summarizeConsultation(
  input: { strategyId: string; consultationId: string },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<{ answer: StoredAnswer; row: GroupRow }> {
  assertWorkspaceCan(actor, 'strategy.manage');
  const { strategy, today } = await loadScope(db, actor, input.strategyId);
  const consultation = await loadConsultation(db, actor, input);
  if (consultation.status === 'draft') {
    throw new AppError('conflict', 'Publish the consultation before summarising it.');
  }
  const comments = (
    await listCommentRows(db, { cityId: actor.city.cityId, consultationId: consultation.id })
  ).map(commentRowToComment);
  if (!comments.some((comment) => comment.status === 'approved')) {
    throw new AppError(
      'conflict',
      'No comment has been approved yet. Approve the comments to publish before writing the summary.',
    );
  }
  const lang = consultation.languages[0] ?? 'en';
  const row = buildSummaryRow({
    consultation,
    comments,
    content: catalog.compiled[lang],
    lang,
    date: today > consultation.closesOn ? consultation.closesOn : today,
  });

  const [stored] = await findAnswerRows(db, actor.city.cityId, strategy.id, [
    CONSULTATIONS_QUESTION_ID,
  ]);
  const current = stored ? answerRowToAnswer(stored) : undefined;
  const rows = isGroupRows(current?.value) ? current.value : [];
  const id = summaryRowId(consultation.id);
  const value = rows.some((item) => item.id === id)
    ? rows.map((item) => (item.id === id ? row : item))
    : [...rows, row];
  const answer = await saveAnswer(
    {
      strategyId: strategy.id,
      questionId: CONSULTATIONS_QUESTION_ID,
      value,
      baseRevision: current?.revision ?? 0,
    },
    actor,
    db,
    catalog,
  );
  await updateConsultation(
    db,
    { cityId: actor.city.cityId, consultationId: consultation.id },
    { summarized_at: toTimestamp(new Date()) },
  );
  return { answer, row };
}
