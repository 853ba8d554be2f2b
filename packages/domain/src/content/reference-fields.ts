// Kept apart from the schema so that code without zod (localisation, the engine) can use it.

/** Optional lists of short sentences a reference item may carry (trade-offs, risks, checks). */
export const REFERENCE_LIST_FIELDS = ['pros', 'cons', 'upsides', 'risks', 'considerations', 'checks'] as const;
export type ReferenceListField = (typeof REFERENCE_LIST_FIELDS)[number];
