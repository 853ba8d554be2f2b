import { z } from 'zod';

const idText = z.string().max(200);

export const strategyParams = z.strictObject({
  cityId: z.string().max(100),
  strategyId: z.string().max(100),
});

export const answerParams = strategyParams.extend({ questionId: idText });
export const sectionParams = strategyParams.extend({ sectionId: idText });

export const baseRevisionSchema = z
  .number({ error: 'Send the revision you started from (0 for a new answer).' })
  .int('Must be a whole number.')
  .min(0, 'Must be 0 or more.')
  .describe('The revision the person started from; 0 when they saw no answer');

// Any JSON value; its shape depends on the question and is checked against the content.
const answerValue = z
  .unknown()
  .refine((value) => value !== undefined, 'Send a value, or null to clear the answer.')
  .describe('The answer (see docs/content-format.md, "Answers"); null clears it');

export const saveAnswerBody = z.strictObject({
  value: answerValue,
  baseRevision: baseRevisionSchema,
});

export const clearAnswerQuery = z.strictObject({
  baseRevision: z.coerce
    .number({ error: 'Send the revision you started from.' })
    .int('Must be a whole number.')
    .min(0, 'Must be 0 or more.'),
});

export const saveSectionBody = z.strictObject({
  answers: z
    .record(idText, z.strictObject({ value: answerValue, baseRevision: baseRevisionSchema }))
    .refine((answers) => Object.keys(answers).length <= 200, 'Send at most 200 answers at once.')
    .describe('Answers of this section by question id'),
});

const person = z.object({ userId: z.string(), name: z.string() });

export const answerResponse = z.object({
  questionId: z.string(),
  value: z.unknown().describe('null when cleared or never answered'),
  revision: z.number().int().describe('Send it back as baseRevision with the next change'),
  updatedBy: person.nullable(),
  updatedAt: z.string().nullable(),
});

export const answerEnvelope = z.object({ answer: answerResponse });

export const answerListResponse = z.object({
  contentVersion: z.number().int(),
  answers: z
    .record(z.string(), answerResponse)
    .describe('Answers that hold a value, by question id'),
});

export const sectionSaveResponse = z.object({
  answers: z.record(z.string(), answerResponse),
});

const conflictEntry = z.object({
  questionId: z.string(),
  current: answerResponse.describe('What is stored now, who saved it and when'),
  yours: z.unknown().describe('The value you sent, not saved'),
});

export const answerConflictResponse = z
  .object({
    error: z.object({
      code: z.literal('conflict'),
      message: z.string(),
      questionId: z.string().optional(),
      current: answerResponse.optional(),
      yours: z.unknown().optional(),
      conflicts: z
        .array(conflictEntry)
        .optional()
        .describe('Section saves: every answer that changed since you started'),
    }),
    requestId: z.string(),
  })
  .describe('Someone changed the answer since your baseRevision; nothing was saved');
