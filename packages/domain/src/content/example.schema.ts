import { z } from 'zod';
import { CiteKeySchema, FieldKeySchema, IdSchema, SlugSchema, TextSchema } from './ids.schema.js';

/** A country or city case from the chapter, tagged so findings and the library can point to it. */
export const ExampleSchema = z
  .object({
    id: IdSchema,
    place: TextSchema.optional(),
    country: TextSchema,
    summary: TextSchema,
    tags: z.record(FieldKeySchema, z.array(SlugSchema)).optional(),
    cites: z.array(CiteKeySchema).min(1),
  })
  .strict();

export const ExampleListSchema = z.array(ExampleSchema);

export type Example = z.infer<typeof ExampleSchema>;
