import type { ConsultationCommentRow } from '../../db/tables.js';
import type { ConsultationTopic } from './consultation-topics.js';

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const COMMENT_MAX = 2000;
export const AUTHOR_NAME_MAX = 80;
export const REPLY_MAX = 2000;
export const REJECTION_REASON_MAX = 500;
export const LINK_NOTE_MAX = 1000;

/** A resident's comment as moderators see it (never shown like this to the public). */
export interface Comment {
  id: string;
  part: string;
  authorName: string | null;
  body: string;
  language: string;
  status: CommentStatus;
  topic: ConsultationTopic | null;
  rejectionReason: string | null;
  moderatedAt: string | null;
  reply: string | null;
  repliedAt: string | null;
  link: { questionId: string; note: string; linkedAt: string } | null;
  createdAt: string;
}

export function commentRowToComment(row: ConsultationCommentRow): Comment {
  return {
    id: row.id,
    part: row.part,
    authorName: row.author_name,
    body: row.body,
    language: row.language,
    // Only this module writes these columns, with listed values (the database checks status).
    status: row.status as CommentStatus,
    topic: row.topic as ConsultationTopic | null,
    rejectionReason: row.rejection_reason,
    moderatedAt: row.moderated_at,
    reply: row.reply,
    repliedAt: row.replied_at,
    link:
      row.linked_question_id !== null && row.link_note !== null && row.linked_at !== null
        ? { questionId: row.linked_question_id, note: row.link_note, linkedAt: row.linked_at }
        : null,
    createdAt: row.created_at,
  };
}
