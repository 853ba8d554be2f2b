import { z } from 'zod';
import { strategyIdParams } from '../strategies/strategies.schemas.js';
import { LOCALES } from '../users/user.js';
import { CONSULTATION_STATUSES } from './consultation.js';

export const TITLE_MAX = 200;
export const FRAMING_MAX = 5000;

export const consultationParams = strategyIdParams.extend({ consultationId: z.string().max(100) });

const isoDate = z
  .string({ error: 'Enter a date like 2026-06-30.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date like 2026-06-30.')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'This date does not exist.');

const language = z.enum(LOCALES, { error: 'Choose one of: en, fr, ar.' });

const consultationText = z.strictObject({
  title: z.string().trim().max(TITLE_MAX, `Use at most ${TITLE_MAX} characters.`),
  framing: z.string().trim().max(FRAMING_MAX, `Use at most ${FRAMING_MAX} characters.`),
});

const draftFields = {
  languages: z
    .array(language)
    .min(1, 'Choose at least one language.')
    .max(LOCALES.length)
    .refine((items) => new Set(items).size === items.length, 'Choose each language once.')
    .describe("The page's languages; the first is the language the answers are written in"),
  texts: z
    .partialRecord(language, consultationText)
    .describe('Title and framing text in each language of the page'),
  questionIds: z
    .array(z.string().max(200))
    .max(300, 'Choose at most 300 questions.')
    .describe('Questions whose answers are shown (sensitive ones never are)'),
  definitionRowIds: z
    .array(z.string().max(100))
    .max(100, 'Choose at most 100 key terms.')
    .describe('Rows of the glossary (strategy:considerations:q:glossary) to show'),
  opensOn: isoDate.describe("First day for comments, in the city's time zone"),
  closesOn: isoDate.describe("Last day for comments, in the city's time zone"),
};

const CLOSES_BEFORE_OPENS = 'The closing date must be the same as or after the opening date.';

export const createConsultationBody = z
  .strictObject(draftFields)
  .refine((body) => body.closesOn >= body.opensOn, {
    path: ['closesOn'],
    message: CLOSES_BEFORE_OPENS,
  });

export const updateConsultationBody = z
  .strictObject({
    languages: draftFields.languages.optional(),
    texts: draftFields.texts.optional(),
    questionIds: draftFields.questionIds.optional(),
    definitionRowIds: draftFields.definitionRowIds.optional(),
    opensOn: draftFields.opensOn.optional(),
    closesOn: draftFields.closesOn.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Send at least one field to change.',
  });

const leftOut = z.object({
  questionId: z.string(),
  rowId: z.string().optional(),
  reason: z.enum([
    'unknown-question',
    'sensitive-content',
    'marked-sensitive',
    'not-applicable',
    'unanswered',
  ]),
});

const counts = z.object({
  pending: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
});

export const consultationResponse = z.object({
  id: z.string(),
  strategyId: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  phase: z
    .enum(['draft', 'upcoming', 'open', 'closed'])
    .describe("Where it stands for residents today, in the city's time zone"),
  publicUrl: z.string().nullable().describe('The public address, once published'),
  languages: z.array(language),
  texts: z.partialRecord(language, z.object({ title: z.string(), framing: z.string() })),
  questionIds: z.array(z.string()),
  definitionRowIds: z.array(z.string()),
  opensOn: z.string(),
  closesOn: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  summarizedAt: z.string().nullable(),
  comments: counts,
});

export const consultationEnvelope = z.object({ consultation: consultationResponse });
export const consultationListResponse = z.object({ consultations: z.array(consultationResponse) });

const previewAnswer = z.object({
  questionId: z.string(),
  label: z.string(),
  paragraphs: z.array(z.string()),
  rows: z.array(
    z.object({
      title: z.string(),
      fields: z.array(z.object({ label: z.string(), value: z.string() })),
    }),
  ),
});

const flag = z.object({
  entryId: z.string(),
  severity: z.enum(['medium', 'info']),
  start: z.number().int(),
  end: z.number().int(),
  match: z.string(),
  why: z.string(),
  suggestions: z.array(z.string()),
});

export const consultationDetailResponse = z.object({
  consultation: consultationResponse,
  preview: z
    .object({
      lang: language,
      title: z.string(),
      parts: z.array(
        z.object({
          kind: z.enum(['framing', 'definitions', 'section']),
          id: z.string(),
          topic: z.string(),
          heading: z.string().optional(),
          paragraphs: z.array(z.string()).optional(),
          definitions: z
            .array(z.object({ term: z.string(), paragraphs: z.array(z.string()) }))
            .optional(),
          answers: z.array(previewAnswer).optional(),
        }),
      ),
    })
    .describe('What the public page shows, in the reader language (or the first of the page)'),
  leftOut: z.array(leftOut).describe('Chosen items the public page leaves out, with the reason'),
  languageChecks: z
    .array(
      z.object({
        language,
        field: z.enum(['title', 'framing']),
        flags: z.array(flag),
        undefinedKeyTerms: z.array(
          z.object({ keyTermId: z.string(), term: z.string(), match: z.string() }),
        ),
      }),
    )
    .describe('Language check of the title and framing in each language'),
});

export const consultationDetailQuery = z.strictObject({
  locale: language.optional().describe("Language of the preview; default: the reader's own"),
});
