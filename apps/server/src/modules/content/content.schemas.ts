import { z } from 'zod';
import { LOCALES } from '../users/user.js';

export const localeQuery = z.strictObject({
  locale: z.enum(LOCALES, { error: 'Choose one of: en, fr, ar.' }).default('en'),
});

/**
 * The general shape of an evaluation request. The exact answers (which question ids exist and
 * what each accepts) depend on the content version, so the service checks them against the
 * loaded content and reports each problem under `body.answers.values.<question id>`.
 */
export const evaluateBody = z.strictObject({
  answers: z
    .strictObject({
      contentVersion: z.number().int(),
      values: z.record(z.string(), z.unknown()),
    })
    .describe(
      'Answers as in docs/content-format.md: { contentVersion, values: { <question id>: value } }',
    ),
  today: z.iso
    .date({ error: 'Use a calendar date like 2026-01-31.' })
    .optional()
    .describe('The date deadlines are judged against (default: today, UTC).'),
});

export const contentResponse = z.object({
  locale: z.enum(LOCALES),
  contentVersion: z.number().int(),
  untranslated: z
    .array(z.string())
    .describe('Keys shown in English because no translation exists yet'),
  content: z
    .record(z.string(), z.unknown())
    .describe('The content library (see docs/content-format.md)'),
});

const traceEntry = z.object({
  op: z.string(),
  q: z.string().optional(),
  field: z.string().optional(),
  rowId: z.string().optional(),
  group: z.string().optional(),
  expected: z.record(z.string(), z.unknown()),
  actual: z.unknown(),
  held: z.boolean(),
});

const finding = z.object({
  ruleId: z.string(),
  kind: z.enum(['gap', 'strength']),
  severity: z.enum(['critical', 'high', 'medium', 'info']).optional(),
  section: z.string(),
  title: z.string(),
  why: z.string(),
  actions: z.array(z.string()),
  cites: z.array(z.string()),
  examples: z.array(z.string()),
  tags: z.array(z.string()),
  trace: z
    .array(traceEntry)
    .describe('The conditions, with the answer values, that made the rule hold'),
  recurring: z
    .array(
      z.object({
        rowId: z.string(),
        value: z.string(),
        everyMonths: z.number(),
        nextDue: z.string().nullable(),
        needs: z.array(z.string()),
      }),
    )
    .optional(),
});

const scoreReason = z.union([
  z.object({
    kind: z.literal('criterion'),
    text: z.string(),
    met: z.boolean(),
    points: z.number(),
  }),
  z.object({ kind: z.literal('share'), key: z.string(), amount: z.number(), share: z.number() }),
]);

export const evaluationResponse = z.object({
  contentVersion: z.number().int(),
  locale: z.enum(LOCALES),
  questions: z.array(z.string()).describe('Ids of the questions that apply given these answers'),
  completeness: z.array(
    z.object({
      section: z.string(),
      answered: z.number(),
      required: z.number(),
      requiredAnswered: z.number(),
      applicable: z.number(),
      percent: z.number(),
      isComplete: z.boolean(),
    }),
  ),
  findings: z.array(finding),
  scores: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      value: z.number().nullable(),
      max: z.number(),
      reasons: z.array(scoreReason),
    }),
  ),
});
