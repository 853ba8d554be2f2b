import { z } from 'zod';
import { COMMENT_STATUSES, LINK_NOTE_MAX, REJECTION_REASON_MAX, REPLY_MAX } from './comment.js';
import { CONSULTATION_TOPICS } from './consultation-topics.js';
import { consultationParams } from './consultations.schemas.js';

export const commentParams = consultationParams.extend({ commentId: z.string().max(100) });

export const commentListQuery = z.strictObject({
  status: z
    .enum(COMMENT_STATUSES, { error: 'Choose one of: pending, approved, rejected.' })
    .optional()
    .describe('Only comments in this state; default: all'),
});

const topic = z.enum(CONSULTATION_TOPICS, {
  error: `Choose one of: ${CONSULTATION_TOPICS.join(', ')}.`,
});

export const moderationBody = z
  .strictObject({
    status: z.enum(['approved', 'rejected'], { error: 'Choose approved or rejected.' }),
    topic: topic.optional().describe('The consultation log topic; default from the section'),
    reason: z
      .string()
      .trim()
      .max(REJECTION_REASON_MAX, `Use at most ${REJECTION_REASON_MAX} characters.`)
      .optional()
      .describe('Why it is not published (required when rejecting; never shown publicly)'),
  })
  .refine((body) => body.status !== 'rejected' || (body.reason ?? '') !== '', {
    path: ['reason'],
    message: 'Give the reason the comment is not published.',
  });

export const replyBody = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, 'Write the reply.')
    .max(REPLY_MAX, `Use at most ${REPLY_MAX} characters.`),
});

export const linkBody = z.strictObject({
  questionId: z.string().max(200).describe('The question of the strategy that changed'),
  note: z
    .string()
    .trim()
    .min(1, 'Say what changed.')
    .max(LINK_NOTE_MAX, `Use at most ${LINK_NOTE_MAX} characters.`),
});

export const commentResponse = z.object({
  id: z.string(),
  part: z.string().describe('framing, definitions or a content section id'),
  authorName: z.string().nullable(),
  body: z.string(),
  language: z.string(),
  status: z.enum(COMMENT_STATUSES),
  topic: topic.nullable(),
  rejectionReason: z.string().nullable(),
  moderatedAt: z.string().nullable(),
  reply: z.string().nullable().describe('Shown publicly with the comment once approved'),
  repliedAt: z.string().nullable(),
  link: z
    .object({ questionId: z.string(), note: z.string(), linkedAt: z.string() })
    .nullable()
    .describe('The change in the strategy this comment led to'),
  createdAt: z.string(),
});

export const commentEnvelope = z.object({ comment: commentResponse });
export const commentListResponse = z.object({ comments: z.array(commentResponse) });
