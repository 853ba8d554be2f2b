import { z } from 'zod';
import { ConditionSchema } from './condition.schema.js';
import { CiteKeySchema, FieldKeySchema, IdSchema, SlugSchema, TextSchema } from './ids.schema.js';

/** Default text limits when a question gives no `maxLength` (see docs/content-format.md). */
export const DEFAULT_TEXT_MAX = 500;
export const DEFAULT_LONG_TEXT_MAX = 20_000;
export const DEFAULT_MAX_ROWS = 100;

export const OptionSchema = z
  .object({ id: SlugSchema, label: TextSchema, help: TextSchema.optional() })
  .strict();

// What every question and every group field can say about itself.
const common = {
  label: TextSchema,
  help: TextSchema.optional(),
  note: TextSchema.optional(),
  required: z.boolean().optional(),
  sensitive: z.boolean().optional(),
  cites: z.array(CiteKeySchema).optional(),
  when: ConditionSchema.optional(),
};

const choice = {
  options: z.array(OptionSchema).min(1).optional(),
  optionsFrom: SlugSchema.optional(),
};
const oneOptionSource = (v: { options?: unknown; optionsFrom?: unknown }) =>
  (v.options === undefined) !== (v.optionsFrom === undefined);
const oneOptionSourceMessage = { message: 'Give either `options` or `optionsFrom`, not both' };

// The value-carrying types, shared by questions (keyed by `id`) and group fields (keyed by `key`).
const valueTypes = {
  single: { type: z.literal('single'), ...choice },
  multi: { type: z.literal('multi'), ...choice },
  'yes-no-unknown': { type: z.literal('yes-no-unknown') },
  text: { type: z.literal('text'), maxLength: z.number().int().positive().optional() },
  'long-text': { type: z.literal('long-text'), maxLength: z.number().int().positive().optional() },
  number: {
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    unit: TextSchema.optional(),
  },
  amount: { type: z.literal('amount'), min: z.number().optional() },
  date: { type: z.literal('date') },
} as const;

function withRefinements<T extends z.ZodObject>(schema: T) {
  return schema.superRefine((v: Record<string, unknown>, ctx) => {
    if ((v.type === 'single' || v.type === 'multi') && !oneOptionSource(v)) {
      ctx.addIssue({ code: 'custom', path: ['options'], ...oneOptionSourceMessage });
    }
    if (typeof v.min === 'number' && typeof v.max === 'number' && v.min > v.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: '`min` is above `max`' });
    }
  });
}

const field = <S extends z.ZodRawShape>(shape: S) =>
  withRefinements(z.object({ key: FieldKeySchema, ...common, ...shape }).strict());

export const FieldSchema = z.discriminatedUnion('type', [
  field(valueTypes.single),
  field(valueTypes.multi),
  field(valueTypes['yes-no-unknown']),
  field(valueTypes.text),
  field(valueTypes['long-text']),
  field(valueTypes.number),
  field(valueTypes.amount),
  field(valueTypes.date),
]);

const question = <S extends z.ZodRawShape>(shape: S) =>
  withRefinements(z.object({ id: IdSchema, ...common, ...shape }).strict());

export const QuestionSchema = z.discriminatedUnion('type', [
  question(valueTypes.single),
  question(valueTypes.multi),
  question(valueTypes['yes-no-unknown']),
  question(valueTypes.text),
  question(valueTypes['long-text']),
  question(valueTypes.number),
  question(valueTypes.amount),
  question(valueTypes.date),
  question({
    type: z.literal('group'),
    fields: z.array(FieldSchema).min(1),
    maxRows: z.number().int().positive().optional(),
    rowLabel: TextSchema.optional(),
  }),
]);

export type Option = z.infer<typeof OptionSchema>;
export type Field = z.infer<typeof FieldSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type FieldType = Field['type'];
export type GroupQuestion = Extract<Question, { type: 'group' }>;
