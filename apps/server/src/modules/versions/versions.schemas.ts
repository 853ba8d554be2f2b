import { z } from 'zod';
import { idText, writtenText } from '../documents/text-fields.js';
import { lockResponse } from '../narrative/narrative.schemas.js';
import { strategyResponse } from '../strategies/strategies.schemas.js';
import { VERSION_STATUSES } from './version.js';

export const strategyParams = z.strictObject({
  cityId: z.string().max(100),
  strategyId: idText(),
});

export const versionParams = strategyParams.extend({ versionId: idText() });

export const createVersionBody = z.strictObject({
  label: writtenText({ min: 1, max: 100 }).describe('e.g. "Draft for the council, March"'),
});

const yearSchema = z
  .number({ error: 'Enter a year, like 2025.' })
  .int('Enter a year, like 2025.')
  .min(2000, 'Enter a year from 2000 to 2100.')
  .max(2100, 'Enter a year from 2000 to 2100.');

export const decisionBody = z.strictObject({
  body: writtenText({ min: 1, max: 300 }).describe('Who decided, e.g. "City council"'),
  number: writtenText({ min: 1, max: 100 }).optional().describe('Decision or motion number'),
  date: z.iso.date({ error: 'Use a date like 2026-03-31.' }),
  reference: writtenText({ min: 1, max: 500 })
    .optional()
    .describe('Where to find it: minutes, register entry, link'),
});

export const transitionBody = z.strictObject({
  to: z.enum(VERSION_STATUSES, { error: `Choose one of: ${VERSION_STATUSES.join(', ')}.` }),
  comment: writtenText({ min: 1, max: 2000 })
    .optional()
    .describe('Why, e.g. what the council asked to change'),
  decision: decisionBody
    .optional()
    .describe('Required to approve, optional to return, refused otherwise'),
});

export const newCycleBody = z
  .strictObject({
    title: writtenText({ min: 1, max: 200 }).optional(),
    startYear: yearSchema.optional(),
    endYear: yearSchema.optional(),
  })
  .nullish()
  .describe('Optional: without a body the cycle follows on, same length, the year after');

export const compareQuery = z.strictObject({
  a: idText().min(1).describe('A version id, or "current" for the live strategy'),
  b: idText().min(1).describe('A version id, or "current" for the live strategy'),
});

export const commentsQuery = z.strictObject({ sectionId: idText(200).optional() });

export const commentBody = z.strictObject({
  sectionId: z
    .string({ error: 'Must be text.' })
    .min(1, 'This field cannot be empty.')
    .max(200)
    .describe('A document chapter key (context, framework, ...) or a guide section id'),
  text: writtenText({ min: 1, max: 5000 }),
});

const person = z.object({ userId: z.string(), name: z.string() });

const decisionResponse = z.object({
  body: z.string(),
  number: z.string().optional(),
  date: z.string(),
  reference: z.string().optional(),
});

export const versionResponse = z.object({
  id: z.string(),
  number: z.number().int(),
  label: z.string(),
  status: z.enum(VERSION_STATUSES),
  contentVersion: z.number().int(),
  createdAt: z.string(),
  createdBy: person.nullable(),
  statusChangedAt: z.string(),
  statusChangedBy: person.nullable(),
  statusNote: z.string().nullable().describe('The comment given with the last move'),
  decision: decisionResponse.nullable(),
});

export const versionEnvelope = z.object({ version: versionResponse });

export const versionListResponse = z.object({
  versions: z.array(versionResponse).describe('Newest first'),
  lock: lockResponse,
  can: z.object({
    manage: z.boolean().describe('May snapshot and move versions'),
    comment: z.boolean(),
    export: z.boolean(),
  }),
});

export const versionDetailResponse = z.object({
  version: versionResponse,
  snapshot: z.object({
    contentVersion: z.number().int(),
    strategy: z.object({ title: z.string(), startYear: z.number(), endYear: z.number() }),
    answers: z.record(z.string(), z.unknown()),
    narrative: z.record(z.string(), z.string()),
    acceptedRisks: z.array(
      z.object({
        ruleId: z.string(),
        justification: z.string(),
        acceptedBy: z.string().nullable(),
        acceptedAt: z.string(),
      }),
    ),
    findings: z.array(
      z.object({ ruleId: z.string(), kind: z.string(), severity: z.string().nullable() }),
    ),
    evaluatedOn: z.string(),
  }),
});

export const compareResponse = z.object({
  a: z.object({ id: z.string(), label: z.string() }),
  b: z.object({ id: z.string(), label: z.string() }),
  answers: z.array(
    z.object({
      questionId: z.string(),
      sectionId: z.string().nullable(),
      before: z.unknown(),
      after: z.unknown(),
      changed: z.boolean(),
    }),
  ),
  narrative: z.array(
    z.object({
      chapterKey: z.string(),
      before: z.string().nullable(),
      after: z.string().nullable(),
      changed: z.boolean(),
    }),
  ),
});

export const commentResponse = z.object({
  id: z.string(),
  versionId: z.string(),
  sectionId: z.string(),
  text: z.string(),
  author: z.object({ userId: z.string().nullable(), name: z.string() }),
  createdAt: z.string(),
});

export const commentEnvelope = z.object({ comment: commentResponse });
export const commentListResponse = z.object({ comments: z.array(commentResponse) });
export const newCycleResponse = z.object({ strategy: strategyResponse });
