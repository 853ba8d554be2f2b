import { z } from 'zod';
import { CiteKeySchema, IdSchema, SlugSchema, TextSchema } from './ids.schema.js';

export { REFERENCE_LISTS, type ReferenceListName } from './reference-lists.js';

const sentences = z.array(TextSchema).min(1).optional();

/**
 * An item of a reference list (content/strategy/reference/<kind>.yaml, a YAML list).
 * `optionsFrom: <kind>` turns the list into options whose ids are the slugs.
 */
export const ReferenceItemSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    label: TextSchema,
    description: TextSchema.optional(),
    cites: z.array(CiteKeySchema).optional(),
    // Trade-offs shown beside an option (lead models, network and funding options), each a
    // list of short sentences; translation keys are `<id>.<list>.<index>`.
    pros: sentences,
    cons: sentences,
    considerations: sentences,
    upsides: sentences,
    risks: sentences,
    checks: sentences,
  })
  .strict()
  .refine((item) => item.id.endsWith(`:${item.slug}`), {
    message: 'The id must end with the slug (strategy:ref:<kind>:<slug>)',
    path: ['slug'],
  });

export const ReferenceListSchema = z.array(ReferenceItemSchema).min(1);

export type ReferenceItem = z.infer<typeof ReferenceItemSchema>;
