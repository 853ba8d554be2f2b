import { z } from 'zod';
import { canonicalLanguageTag, canonicalTimeZone, isCountryCode } from '../../lib/intl-codes.js';
import { ROLES } from './roles.js';

export const cityNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(200, 'Use at most 200 characters.');

export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, 'Enter a two-letter country code (ISO 3166-1), like FR or KE.');

const languageTagSchema = z
  .string()
  .trim()
  .max(35, 'Use at most 35 characters.')
  .refine(
    (tag) => canonicalLanguageTag(tag) !== null,
    'Enter a language tag (BCP 47), like en, fr or ar.',
  )
  .transform((tag) => canonicalLanguageTag(tag) ?? tag);

export const languagesSchema = z
  .array(languageTagSchema)
  .min(1, 'Add at least one language.')
  .max(20, 'Use at most 20 languages.')
  .refine((tags) => new Set(tags).size === tags.length, 'List each language once.');

export const timeZoneSchema = z
  .string()
  .trim()
  .max(64, 'Use at most 64 characters.')
  .refine((name) => canonicalTimeZone(name) !== null, 'Enter a time zone name, like Europe/Paris.')
  .transform((name) => canonicalTimeZone(name) ?? name);

export const cityIdParams = z.strictObject({ cityId: z.string().max(100) });

export const createCityBody = z.strictObject({
  name: cityNameSchema,
  country: countrySchema,
  languages: languagesSchema,
  timeZone: timeZoneSchema,
});

export const updateCityBody = z
  .strictObject({
    name: cityNameSchema.optional(),
    languages: languagesSchema.optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Send at least one of: name, languages, timeZone.',
  });

export const cityResponse = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  languages: z.array(z.string()),
  timeZone: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const roleOrNone = z.enum(ROLES).nullable();

export const cityListResponse = z.object({
  cities: z.array(cityResponse.extend({ role: roleOrNone })),
});

export const cityEnvelope = z.object({ city: cityResponse });

export const cityDetailResponse = z.object({
  city: cityResponse,
  role: roleOrNone,
  can: z.object({
    view: z.boolean(),
    editCity: z.boolean(),
    manageMembers: z.boolean(),
    editStrategy: z.boolean(),
  }),
});
