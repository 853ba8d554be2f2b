import { z } from 'zod';
import { ConditionSchema } from './condition.schema.js';
import { FieldKeySchema, IdSchema, TextSchema } from './ids.schema.js';

export const CriterionSchema = z
  .object({ when: ConditionSchema, points: z.number().positive(), reason: TextSchema })
  .strict();

export const MetricSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('herfindahl'),
      q: IdSchema,
      amountField: FieldKeySchema,
      keyField: FieldKeySchema,
      where: ConditionSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('share'),
      q: IdSchema,
      amountField: FieldKeySchema,
      where: ConditionSchema,
    })
    .strict(),
]);

const scoreBody = {
  id: IdSchema,
  title: TextSchema,
  description: TextSchema.optional(),
  section: IdSchema.optional(),
};

/** A score is either weighted criteria over the answers or a metric computed from a group. */
export const ScoreSchema = z.union([
  z
    .object({ ...scoreBody, max: z.number().positive(), criteria: z.array(CriterionSchema).min(1) })
    .strict(),
  z.object({ ...scoreBody, metric: MetricSchema }).strict(),
]);

export const ScoreListSchema = z.array(ScoreSchema);

export type Criterion = z.infer<typeof CriterionSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Score = z.infer<typeof ScoreSchema>;
export type CriteriaScore = Extract<Score, { criteria: unknown }>;
export type MetricScore = Extract<Score, { metric: unknown }>;
