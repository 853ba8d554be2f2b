import { z } from 'zod';
import { LOCALES } from './user.js';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Use at most 254 characters.')
  .pipe(z.email('Enter an email address, like name@example.org.'));

export const personNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(200, 'Use at most 200 characters.');

/** For choosing a password: long rather than complex, as current guidance recommends. */
export const newPasswordSchema = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(200, 'Use at most 200 characters.');

/** For checking a password: any length accepted up to the maximum, never trimmed. */
export const givenPasswordSchema = z
  .string()
  .min(1, 'Enter your password.')
  .max(200, 'Use at most 200 characters.');

export const localeSchema = z.enum(LOCALES, { error: 'Choose one of: en, fr, ar.' });

export const userResponse = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
  isNetworkAdmin: z.boolean(),
});

export const userEnvelope = z.object({ user: userResponse });
