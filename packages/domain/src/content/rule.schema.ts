import { z } from 'zod';
import { ConditionSchema } from './condition.schema.js';
import { CiteKeySchema, FieldKeySchema, IdSchema, SlugSchema, TextSchema } from './ids.schema.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);

/**
 * Turns a finding into recurring tasks, one per matching group row: e.g. a reporting duty
 * "twice a year" becomes a task every 6 months, with the date it is next due and the
 * questions whose answers the task needs.
 */
export const RecurrenceSchema = z
  .object({
    q: IdSchema,
    field: FieldKeySchema,
    everyMonths: z.record(SlugSchema, z.number().int().positive()),
    nextDue: IdSchema.optional(),
    needs: z.array(IdSchema).optional(),
  })
  .strict();

const ruleBody = {
  id: IdSchema,
  section: IdSchema,
  when: ConditionSchema,
  title: TextSchema,
  why: TextSchema,
  actions: z.array(TextSchema).min(1),
  cites: z.array(CiteKeySchema).min(1),
  examples: z.array(IdSchema).optional(),
  tags: z.array(SlugSchema).optional(),
  recurrence: RecurrenceSchema.optional(),
};

/** A rule yields a finding when its `when` holds: a gap (with a severity) or a strength. */
export const RuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gap'), severity: SeveritySchema, ...ruleBody }).strict(),
  z.object({ kind: z.literal('strength'), ...ruleBody }).strict(),
]);

export const RuleListSchema = z.array(RuleSchema);

export type Severity = z.infer<typeof SeveritySchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Recurrence = z.infer<typeof RecurrenceSchema>;
