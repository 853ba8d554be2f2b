import { z } from 'zod';
import {
  DEFAULT_LONG_TEXT_MAX,
  DEFAULT_MAX_ROWS,
  DEFAULT_TEXT_MAX,
} from '../content/question.schema.js';
import type {
  CompiledContent,
  CompiledField,
  CompiledQuestion,
} from '../engine/compiled-content.types.js';
import { YES_NO_UNKNOWN } from './answers.types.js';

const ROW_ID_MAX = 100;

/**
 * Builds the schema of valid answers for one content version: only its question ids, each
 * value typed by its question. The server uses it to reject a bad /evaluate body with the
 * path of every issue (e.g. values.strategy:funding:q:sources.0.amount).
 */
export function buildAnswersSchema(content: CompiledContent) {
  const shape: Record<string, z.ZodType> = {};
  for (const question of content.questions.values())
    shape[question.id] = valueSchema(question).optional();
  const known = new Set(content.questions.keys());

  const values = z.looseObject(shape).superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!known.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `Unknown question id for content version ${content.version}`,
        });
      }
    }
  });

  return z
    .object({
      contentVersion: z.literal(content.version, {
        error: `Answers must be for content version ${content.version}; upgrade older answers first`,
      }),
      values,
    })
    .strict();
}

function valueSchema(question: CompiledQuestion | CompiledField): z.ZodType {
  const source = question.source;
  switch (source.type) {
    case 'single':
      return optionSchema(question);
    case 'multi':
      return z
        .array(optionSchema(question))
        .refine((items) => new Set(items).size === items.length, {
          message: 'Choose each option once',
        });
    case 'yes-no-unknown':
      return z.enum(YES_NO_UNKNOWN);
    case 'text':
      return z.string().max(source.maxLength ?? DEFAULT_TEXT_MAX);
    case 'long-text':
      return z.string().max(source.maxLength ?? DEFAULT_LONG_TEXT_MAX);
    case 'number': {
      let schema = source.integer ? z.number().int() : z.number();
      if (source.min !== undefined) schema = schema.min(source.min);
      if (source.max !== undefined) schema = schema.max(source.max);
      return schema;
    }
    case 'amount': {
      const amount = source.min === undefined ? z.number() : z.number().min(source.min);
      return z
        .object({
          amount,
          currency: z
            .string()
            .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 currency code, e.g. EUR'),
        })
        .strict();
    }
    case 'date':
      return z.iso.date({ error: 'Use a calendar date like 2025-01-31' });
    case 'group':
      return groupSchema(question as CompiledQuestion);
  }
}

// An enum (not a refinement) so generated JSON Schema / OpenAPI lists the allowed option ids.
function optionSchema(question: CompiledQuestion | CompiledField): z.ZodType {
  const ids = (question.options ?? []).map((o) => o.id);
  if (ids.length === 0) return z.never({ error: 'This question has no options' });
  return z.enum(ids as [string, ...string[]], { error: `Choose one of: ${ids.join(', ')}` });
}

function groupSchema(question: CompiledQuestion): z.ZodType {
  const source = question.source;
  const maxRows = source.type === 'group' ? (source.maxRows ?? DEFAULT_MAX_ROWS) : DEFAULT_MAX_ROWS;
  const rowShape: Record<string, z.ZodType> = { id: z.string().min(1).max(ROW_ID_MAX) };
  for (const field of question.fields ?? []) rowShape[field.key] = valueSchema(field).optional();
  return z
    .array(z.object(rowShape).strict())
    .max(maxRows)
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        const id = (row as { id: string }).id;
        if (seen.has(id))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `Row id ${id} is used twice`,
          });
        seen.add(id);
      });
    });
}

export type AnswersSchema = ReturnType<typeof buildAnswersSchema>;
