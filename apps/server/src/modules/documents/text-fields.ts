import { z } from 'zod';

// PostgreSQL text cannot hold a NUL character; refusing it here keeps both databases alike
// and turns what would be a server error into a message beside the field.
const hasNoNul = (text: string) => !text.includes('\u0000');
const NUL_MESSAGE = 'Remove the null character from this text.';

/** Text a person writes, up to `max` characters; `min` 1 means it may not be blank. */
export function writtenText({ min = 0, max }: { min?: number; max: number }) {
  const base = z.string({ error: 'Must be text.' });
  const trimmed = min > 0 ? base.trim().min(min, 'This field cannot be empty.') : base;
  return trimmed
    .max(max, `Use at most ${max.toLocaleString('en')} characters.`)
    .refine(hasNoNul, NUL_MESSAGE);
}

/** An id in a path or query: no id Concord issues holds a NUL, and PostgreSQL refuses one. */
export function idText(max = 100) {
  return z.string().max(max).refine(hasNoNul, 'This is not a valid id.');
}
