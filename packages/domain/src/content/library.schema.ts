import { z } from 'zod';
import { WordListSchema } from '../language/language.schema.js';
import { ExampleSchema } from './example.schema.js';
import { CiteKeySchema, IdSchema, SlugSchema, TextSchema } from './ids.schema.js';
import { LocaleCodeSchema } from './locale.schema.js';
import { ReferenceItemSchema } from './reference.schema.js';
import { RuleSchema } from './rule.schema.js';
import { ScoreSchema } from './score.schema.js';
import { SectionSchema } from './section.schema.js';

/** content/strategy/library.yaml on its own. */
export const LibraryFileSchema = z
  .object({
    id: IdSchema,
    version: z.number().int().nonnegative(),
    title: TextSchema,
    summary: TextSchema.optional(),
    source: z
      .object({
        guide: TextSchema,
        publisher: TextSchema.optional(),
        chapter: TextSchema,
        edition: TextSchema,
        url: z.url().optional(),
      })
      .strict(),
    // Each entry records a version step whose answer upgrade lives in packages/domain/src/upgrades.
    upgrades: z
      .array(
        z
          .object({
            from: z.number().int().nonnegative(),
            to: z.number().int().positive(),
            summary: TextSchema,
          })
          .strict(),
      )
      .default([]),
    citations: z.record(CiteKeySchema, TextSchema),
  })
  .strict();

/**
 * The whole library as one value: what the loader assembles from the YAML files, what the
 * server sends to the browser (localised), and what compileContent() takes.
 */
export const ContentLibrarySchema = LibraryFileSchema.extend({
  sections: z.array(SectionSchema).min(1),
  reference: z.record(SlugSchema, z.array(ReferenceItemSchema)),
  examples: z.array(ExampleSchema),
  rules: z.array(RuleSchema),
  scores: z.array(ScoreSchema),
  // Word lists for the language check, by locale (content/strategy/language/<locale>.yaml).
  // Optional so libraries built in code (fixtures) need none; the loader always sets it.
  language: z.record(LocaleCodeSchema, WordListSchema).optional(),
});

export type LibraryFile = z.infer<typeof LibraryFileSchema>;
export type ContentLibrary = z.infer<typeof ContentLibrarySchema>;
/** Input shape before defaults are applied (what YAML or JSON may omit). */
export type ContentLibraryInput = z.input<typeof ContentLibrarySchema>;
