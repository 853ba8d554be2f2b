import type { Db } from '../../db/database.js';
import { AppError, invalidFields } from '../../errors/app-error.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit-entry.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';
import { type Comment, type CommentStatus, commentRowToComment } from './comment.js';
import { findComment, listCommentRows, updateComment } from './comments.repository.js';
import { loadConsultation } from './consultation-access.js';
import { type ConsultationTopic, defaultTopicOf } from './consultation-topics.js';

interface CommentRef {
  strategyId: string;
  consultationId: string;
  commentId: string;
}

export async function listComments(
  input: { strategyId: string; consultationId: string; status?: CommentStatus | undefined },
  actor: CityActor,
  db: Db,
): Promise<Comment[]> {
  assertWorkspaceCan(actor, 'strategy.manage');
  const consultation = await loadConsultation(db, actor, input);
  const rows = await listCommentRows(db, {
    cityId: actor.city.cityId,
    consultationId: consultation.id,
    status: input.status,
  });
  return rows.map(commentRowToComment);
}

/**
 * Loads the comment, applies one change with its audit row in a transaction and returns the
 * comment as stored. The audit keeps the moderation facts, never the resident's text.
 */
async function changeComment(
  ref: CommentRef,
  actor: CityActor,
  db: Db,
  {
    action,
    change,
  }: {
    action: AuditAction;
    change: (
      comment: Comment,
      now: string,
    ) => {
      columns: Parameters<typeof updateComment>[2];
      before: unknown;
      after: unknown;
    };
  },
): Promise<Comment> {
  assertWorkspaceCan(actor, 'strategy.manage');
  const consultation = await loadConsultation(db, actor, ref);
  const key = {
    cityId: actor.city.cityId,
    consultationId: consultation.id,
    commentId: ref.commentId,
  };
  return db.transaction().execute(async (trx) => {
    const row = await findComment(trx, key);
    if (!row) throw new AppError('not_found');
    const now = toTimestamp(new Date());
    const { columns, before, after } = change(commentRowToComment(row), now);
    await updateComment(trx, key, columns);
    await recordChange(trx, {
      cityId: actor.city.cityId,
      actorId: actor.userId,
      action,
      entityType: 'comment',
      entityId: row.id,
      strategyId: consultation.strategyId,
      before,
      after,
    });
    const updated = await findComment(trx, key);
    return commentRowToComment(updated!);
  });
}

/** Approves (it becomes public) or rejects (with a reason kept internal) a comment. */
export async function moderateComment(
  input: CommentRef & {
    status: 'approved' | 'rejected';
    topic?: ConsultationTopic | undefined;
    reason?: string | undefined;
  },
  actor: CityActor,
  db: Db,
): Promise<Comment> {
  return changeComment(input, actor, db, {
    action: 'comment.moderate',
    change: (comment, now) => {
      const topic = input.topic ?? comment.topic ?? defaultTopicOf(comment.part);
      const rejectionReason = input.status === 'rejected' ? (input.reason ?? null) : null;
      return {
        columns: {
          status: input.status,
          topic,
          rejection_reason: rejectionReason,
          moderated_by: actor.userId,
          moderated_at: now,
        },
        before: {
          status: comment.status,
          topic: comment.topic,
          rejectionReason: comment.rejectionReason,
        },
        after: { status: input.status, topic, rejectionReason },
      };
    },
  });
}

/** A coordinator's answer, shown publicly under the comment once it is approved. */
export async function replyToComment(
  input: CommentRef & { text: string | null },
  actor: CityActor,
  db: Db,
): Promise<Comment> {
  return changeComment(input, actor, db, {
    action: 'comment.reply',
    change: (comment, now) => ({
      columns:
        input.text === null
          ? { reply: null, replied_by: null, replied_at: null }
          : { reply: input.text, replied_by: actor.userId, replied_at: now },
      before: comment.reply === null ? null : { reply: comment.reply },
      after: input.text === null ? null : { reply: input.text },
    }),
  });
}

/** Records that the comment led to a change in the strategy (which question, and what). */
export async function linkComment(
  input: CommentRef & { link: { questionId: string; note: string } | null },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<Comment> {
  if (input.link && !catalog.compiled.en.questions.has(input.link.questionId)) {
    throw invalidFields([
      {
        path: 'body.questionId',
        message: `There is no question with this id in content version ${catalog.version}.`,
      },
    ]);
  }
  const link = input.link;
  return changeComment(input, actor, db, {
    action: 'comment.link',
    change: (comment, now) => ({
      columns: link
        ? {
            linked_question_id: link.questionId,
            link_note: link.note,
            linked_by: actor.userId,
            linked_at: now,
          }
        : { linked_question_id: null, link_note: null, linked_by: null, linked_at: null },
      before: comment.link && { questionId: comment.link.questionId, note: comment.link.note },
      after: link,
    }),
  });
}
