import { z } from 'zod';
import { strategyIdParams } from '../strategies/strategies.schemas.js';

export const sensitiveAnswerParams = strategyIdParams.extend({ questionId: z.string().max(200) });

export const sensitiveMarkBody = z.strictObject({
  whole: z.boolean({ error: 'Send true or false.' }).describe('The whole answer is sensitive'),
  rowIds: z
    .array(z.string().min(1).max(100))
    .max(200, 'Mark at most 200 rows.')
    .refine((ids) => new Set(ids).size === ids.length, 'Name each row once.')
    .describe('Rows of a group answer that are sensitive (when not the whole answer)'),
});

export const sensitiveMarkResponse = z.object({
  questionId: z.string(),
  whole: z.boolean(),
  rowIds: z.array(z.string()),
});

export const sensitiveMarkEnvelope = z.object({ mark: sensitiveMarkResponse });
export const sensitiveMarkListResponse = z.object({
  marks: z
    .array(sensitiveMarkResponse)
    .describe('Answers and rows a coordinator keeps off public pages'),
  sensitiveQuestionIds: z
    .array(z.string())
    .describe('Questions the guide content itself labels sensitive (never published)'),
});
