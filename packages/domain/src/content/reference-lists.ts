// Kept free of zod so the browser-side string walk can import it without the schemas.

/** Optional lists of short sentences a reference item may carry, in display order. */
export const REFERENCE_LISTS = [
  'pros',
  'cons',
  'considerations',
  'upsides',
  'risks',
  'checks',
] as const;
export type ReferenceListName = (typeof REFERENCE_LISTS)[number];
