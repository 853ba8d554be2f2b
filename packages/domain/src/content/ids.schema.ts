import { z } from 'zod';

// Ids are permanent and never positional; the shapes below keep them readable in answers,
// traces and translation keys. Which prefix each kind must carry is checked by content:check.
export const IdSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*(?::[A-Za-z0-9][A-Za-z0-9-]*)*$/,
    'Use an id like strategy:mandate:q:sources',
  );

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use kebab-case words, e.g. national-framework');

export const FieldKeySchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'Use a camelCase key, e.g. sourceType');

export const CiteKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*$/, 'Use a guide section key, e.g. strategy.mandate');

export const TextSchema = z.string().trim().min(1, 'Write some text');
