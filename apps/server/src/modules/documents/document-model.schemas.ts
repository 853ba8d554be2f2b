import { HANDOVER_CHAPTER_KEYS, STRATEGY_CHAPTER_KEYS } from '@concord/domain/document';
import { z } from 'zod';

// The document model of packages/domain/src/document/document.types.ts, for the OpenAPI
// description of GET /document (the worker serialises the model itself). A test parses a full
// document with it and expects nothing dropped, so the description cannot fall behind.

const inlineRun = z.object({
  text: z.string(),
  strong: z.literal(true).optional(),
  em: z.literal(true).optional(),
  href: z.string().optional().describe('http, https or mailto only'),
});

const tableCell = z.array(inlineRun);

type BlockShape =
  | { kind: 'heading'; level: 2 | 3; runs: z.infer<typeof inlineRun>[] }
  | { kind: 'paragraph'; runs: z.infer<typeof inlineRun>[] }
  | { kind: 'note'; runs: z.infer<typeof inlineRun>[] }
  | { kind: 'list'; ordered: boolean; items: BlockShape[][] }
  | {
      kind: 'table';
      caption?: string | undefined;
      header: z.infer<typeof tableCell>[];
      rows: z.infer<typeof tableCell>[][];
      align?: ('start' | 'end')[] | undefined;
    }
  | { kind: 'definitions'; items: { term: string; details: z.infer<typeof inlineRun>[] }[] };

const definitionItem = z.object({ term: z.string(), details: z.array(inlineRun) });

export const blockSchema: z.ZodType<BlockShape> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('heading'),
      level: z.union([z.literal(2), z.literal(3)]),
      runs: z.array(inlineRun),
    }),
    z.object({ kind: z.literal('paragraph'), runs: z.array(inlineRun) }),
    z.object({ kind: z.literal('note'), runs: z.array(inlineRun) }),
    z.object({
      kind: z.literal('list'),
      ordered: z.boolean(),
      items: z.array(z.array(blockSchema)),
    }),
    z.object({
      kind: z.literal('table'),
      caption: z.string().optional(),
      header: z.array(tableCell),
      rows: z.array(z.array(tableCell)),
      align: z.array(z.enum(['start', 'end'])).optional(),
    }),
    z.object({ kind: z.literal('definitions'), items: z.array(definitionItem) }),
  ]),
);

export const strategyDocumentSchema = z.object({
  meta: z.object({
    kind: z.enum(['strategy', 'handover-brief']),
    title: z.string(),
    subtitle: z.string(),
    city: z.object({ name: z.string(), country: z.string(), languages: z.array(z.string()) }),
    locale: z.string(),
    language: z.string().describe('BCP 47 tag, e.g. en-GB'),
    direction: z.enum(['ltr', 'rtl']),
    audience: z.enum(['council', 'public']),
    contentVersion: z.number().int(),
    generatedAt: z.string(),
    facts: z.array(definitionItem).describe('Cover-page lines'),
    labels: z.object({ contents: z.string(), page: z.string() }),
  }),
  chapters: z.array(
    z.object({
      key: z.enum([...STRATEGY_CHAPTER_KEYS, ...HANDOVER_CHAPTER_KEYS]),
      title: z.string(),
      blocks: z.array(blockSchema),
    }),
  ),
});
