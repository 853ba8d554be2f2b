import { z } from 'zod';
import { ConditionSchema } from './condition.schema.js';
import { CiteKeySchema, IdSchema, SlugSchema, TextSchema } from './ids.schema.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);

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
};

/** A rule yields a finding when its `when` holds: a gap (with a severity) or a strength. */
export const RuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gap'), severity: SeveritySchema, ...ruleBody }).strict(),
  z.object({ kind: z.literal('strength'), ...ruleBody }).strict(),
]);

export const RuleListSchema = z.array(RuleSchema);

export type Severity = z.infer<typeof SeveritySchema>;
export type Rule = z.infer<typeof RuleSchema>;
