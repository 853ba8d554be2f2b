import { STRATEGY_CHAPTER_KEYS } from '@concord/domain/document';
import { z } from 'zod';
import { idText, writtenText } from '../documents/text-fields.js';
import { NARRATIVE_MAX_LENGTH } from './narrative-chapter.js';

export const narrativeParams = z.strictObject({
  cityId: z.string().max(100),
  strategyId: idText(),
});

export const chapterParams = narrativeParams.extend({
  chapterKey: z.enum(STRATEGY_CHAPTER_KEYS, {
    error: `Choose one of: ${STRATEGY_CHAPTER_KEYS.join(', ')}.`,
  }),
});

export const saveChapterBody = z.strictObject({
  text: writtenText({ max: NARRATIVE_MAX_LENGTH }).describe(
    'Markdown subset: headings, lists, emphasis, links, tables. Raw HTML is shown as text.',
  ),
  baseRevision: z
    .number({ error: 'Must be a whole number.' })
    .int('Must be a whole number.')
    .min(0, 'Must be 0 or more.')
    .describe('The revision you started from; 0 when the chapter was empty'),
});

const person = z.object({ userId: z.string(), name: z.string() });

export const chapterResponse = z.object({
  chapterKey: z.enum(STRATEGY_CHAPTER_KEYS),
  text: z.string(),
  revision: z.number().int().describe('0 when never written'),
  updatedBy: person.nullable(),
  updatedAt: z.string().nullable(),
});

export const lockResponse = z
  .object({
    versionId: z.string(),
    number: z.number().int(),
    label: z.string(),
    approvedAt: z.string(),
  })
  .nullable()
  .describe('The approved version that makes the strategy read-only; null while it is open');

export const narrativeResponse = z.object({
  chapters: z.record(z.enum(STRATEGY_CHAPTER_KEYS), chapterResponse),
  canEdit: z.boolean().describe('Whether you may edit the narrative now'),
  lock: lockResponse,
});

export const chapterEnvelope = z.object({ chapter: chapterResponse });

export const chapterConflictResponse = z.object({
  error: z.object({
    code: z.literal('conflict'),
    message: z.string(),
    chapterKey: z.string(),
    current: chapterResponse,
    yours: z.string(),
  }),
  requestId: z.string(),
});
