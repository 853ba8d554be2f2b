import { z } from 'zod';
import { FieldKeySchema, IdSchema } from './ids.schema.js';

/**
 * One typed condition tree serves question `when`, rule `when` and score criteria, so the
 * browser (which questions apply) and the server (findings) can never disagree.
 * The TypeScript type is written out because the tree is recursive; the schema below is
 * checked against it, so the two cannot drift.
 */
export type Comparator = 'gt' | 'gte' | 'lt' | 'lte' | 'eq';

/** A leaf names its subject with `q` (question id) or, inside a row `where`, with `field`. */
export interface Subject {
  q?: string;
  field?: string;
}

export type DateBound =
  | { today: true }
  | { q: string }
  | { field: string }
  | { monthsFromToday: number }
  | { date: string };

export type Condition =
  | { op: 'all'; of: Condition[] }
  | { op: 'any'; of: Condition[] }
  | { op: 'not'; cond: Condition }
  | ({ op: 'answered' } & Subject)
  | ({ op: 'equals'; value: string | number | boolean } & Subject)
  | ({ op: 'one-of'; values: (string | number)[] } & Subject)
  | ({ op: 'includes'; value: string } & Subject)
  | ({ op: 'includes-any'; values: string[] } & Subject)
  | ({ op: 'includes-all'; values: string[] } & Subject)
  | ({ op: 'compare'; cmp: Comparator; value: number } & Subject)
  | { op: 'count'; q: string; where?: Condition; cmp: Comparator; value: number }
  | { op: 'some-row'; q: string; where: Condition }
  | { op: 'every-row'; q: string; where: Condition }
  | {
      op: 'share';
      q: string;
      amountField: string;
      where: Condition;
      cmp: Comparator;
      value: number;
    }
  | ({ op: 'date-within'; from?: DateBound; to?: DateBound } & Subject)
  | {
      op: 'distinct-count';
      q: string;
      field: string;
      where?: Condition;
      cmp: Comparator;
      value: number;
    };

export type ConditionOp = Condition['op'];
/** Operators that test one answer (or one row field) rather than combine other conditions. */
export type LeafCondition = Exclude<Condition, { op: 'all' | 'any' | 'not' }>;

export const ComparatorSchema = z.enum(['gt', 'gte', 'lt', 'lte', 'eq']);

const subject = { q: IdSchema.optional(), field: FieldKeySchema.optional() };
const hasOneSubject = (v: { q?: unknown; field?: unknown }) =>
  (v.q === undefined) !== (v.field === undefined);
const oneSubject = {
  message: 'Name exactly one subject: `q` (a question) or `field` (a row field)',
};

const leaf = <O extends string, T extends z.ZodRawShape>(op: O, shape: T) =>
  z
    .object({ op: z.literal(op), ...subject, ...shape })
    .strict()
    .refine((v: { q?: unknown; field?: unknown }) => hasOneSubject(v), oneSubject);

export const DateBoundSchema = z.union([
  z.object({ today: z.literal(true) }).strict(),
  z.object({ q: IdSchema }).strict(),
  z.object({ field: FieldKeySchema }).strict(),
  z.object({ monthsFromToday: z.number().int() }).strict(),
  z.object({ date: z.iso.date() }).strict(),
]);

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('all'), of: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ op: z.literal('any'), of: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ op: z.literal('not'), cond: ConditionSchema }).strict(),
    leaf('answered', {}),
    leaf('equals', { value: z.union([z.string(), z.number(), z.boolean()]) }),
    leaf('one-of', { values: z.array(z.union([z.string(), z.number()])).min(1) }),
    leaf('includes', { value: z.string() }),
    leaf('includes-any', { values: z.array(z.string()).min(1) }),
    leaf('includes-all', { values: z.array(z.string()).min(1) }),
    leaf('compare', { cmp: ComparatorSchema, value: z.number() }),
    z
      .object({
        op: z.literal('count'),
        q: IdSchema,
        where: ConditionSchema.optional(),
        cmp: ComparatorSchema,
        value: z.number(),
      })
      .strict(),
    z.object({ op: z.literal('some-row'), q: IdSchema, where: ConditionSchema }).strict(),
    z.object({ op: z.literal('every-row'), q: IdSchema, where: ConditionSchema }).strict(),
    z
      .object({
        op: z.literal('share'),
        q: IdSchema,
        amountField: FieldKeySchema,
        where: ConditionSchema,
        cmp: ComparatorSchema,
        value: z.number().min(0).max(1),
      })
      .strict(),
    leaf('date-within', {
      from: DateBoundSchema.optional(),
      to: DateBoundSchema.optional(),
    }).refine((v) => v.from !== undefined || v.to !== undefined, {
      message: 'Give `from`, `to` or both',
    }),
    z
      .object({
        op: z.literal('distinct-count'),
        q: IdSchema,
        field: FieldKeySchema,
        where: ConditionSchema.optional(),
        cmp: ComparatorSchema,
        value: z.number(),
      })
      .strict(),
  ]),
);

/** Every operator the schema accepts; the engine's exhaustive switch covers the same list. */
export const CONDITION_OPS = [
  'all',
  'any',
  'not',
  'answered',
  'equals',
  'one-of',
  'includes',
  'includes-any',
  'includes-all',
  'compare',
  'count',
  'some-row',
  'every-row',
  'share',
  'date-within',
  'distinct-count',
] as const satisfies readonly ConditionOp[];
