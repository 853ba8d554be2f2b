import { z } from 'zod';

/** A locale file: a flat map from translation key to text. Files of one locale are merged. */
export const LocaleFileSchema = z.record(z.string().min(1), z.string().trim().min(1));

export const LocaleCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'Use a BCP 47 code like fr or ar');

/** Translations for every locale: locale -> key -> text. English lives in the content itself. */
export type Locales = Record<string, Record<string, string>>;
