import { z } from 'zod';
import { LOCALES } from '../users/user.js';

export const TEXT_CHECK_MAX = 50_000;

const localeTag = z
  .string()
  .trim()
  .min(2, 'Give the language of the text, like en, fr or ar.')
  .max(35, 'Give the language of the text, like en, fr or ar.');

export const languageCheckBody = z.strictObject({
  text: z
    .string({ error: 'Send the text to check.' })
    .max(
      TEXT_CHECK_MAX,
      `Check at most ${TEXT_CHECK_MAX.toLocaleString('en')} characters at once.`,
    ),
  locale: localeTag.describe('Language of the text (en, fr, ar; a region like fr-BE fits fr)'),
});

export const languageFindingsQuery = z.strictObject({
  locale: z
    .enum(LOCALES, { error: 'Choose one of: en, fr, ar.' })
    .optional()
    .describe("Language of the finding texts; default: the reader's own"),
  textLocale: localeTag
    .optional()
    .describe("Language the answers are written in; default: the city's main language"),
});

const flag = z.object({
  entryId: z.string(),
  category: z.string(),
  severity: z.enum(['medium', 'info']),
  start: z.number().int().describe('UTF-16 offset: text.slice(start, end) === match'),
  end: z.number().int(),
  match: z.string(),
  why: z.string(),
  suggestions: z.array(z.string()),
  cites: z.array(z.string()),
});

const undefinedKeyTerm = z.object({
  keyTermId: z.string(),
  term: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  match: z.string(),
});

export const languageCheckResponse = z.object({
  locale: z.string(),
  wordListVersion: z.number().int(),
  flags: z.array(flag),
  undefinedKeyTerms: z
    .array(undefinedKeyTerm)
    .describe('Key terms without an agreed definition in the glossary (LANG-02)'),
});

const location = z.object({
  q: z.string(),
  rowId: z.string().optional(),
  field: z.string().optional(),
});

export const languageFindingsResponse = z.object({
  textLocale: z.string(),
  wordListVersion: z.number().int(),
  results: z.array(languageCheckResponse.extend({ location: location.optional() })),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      kind: z.enum(['gap', 'strength']),
      severity: z.enum(['medium', 'info']),
      section: z.string(),
      title: z.string(),
      why: z.string(),
      actions: z.array(z.string()),
      cites: z.array(z.string()),
      examples: z.array(z.string()),
      tags: z.array(z.string()),
      source: z.literal('language'),
      occurrences: z.array(
        z.object({
          entryId: z.string().optional(),
          keyTermId: z.string().optional(),
          match: z.string(),
          start: z.number().int(),
          end: z.number().int(),
          location: location.optional(),
        }),
      ),
    }),
  ),
});
