import { z } from 'zod';
import { ConditionSchema } from './condition.schema.js';
import { CiteKeySchema, IdSchema, TextSchema } from './ids.schema.js';
import { QuestionSchema } from './question.schema.js';

/** One workspace section of the chapter, as written in content/strategy/sections/NN-<slug>.yaml. */
export const SectionSchema = z
  .object({
    id: IdSchema,
    order: z.number().int().positive(),
    title: TextSchema,
    summary: TextSchema.optional(),
    cites: z.array(CiteKeySchema).optional(),
    when: ConditionSchema.optional(),
    questions: z.array(QuestionSchema),
  })
  .strict();

export type Section = z.infer<typeof SectionSchema>;
