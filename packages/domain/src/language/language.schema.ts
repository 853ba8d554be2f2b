import { z } from 'zod';
import { CiteKeySchema, TextSchema } from '../content/ids.schema.js';
import { LocaleCodeSchema } from '../content/locale.schema.js';
import { patternKeys } from './tokenize-text.js';
import { LANGUAGE_CATEGORIES, LANGUAGE_SEVERITIES } from './word-list.constants.js';

// A word list is content like the rules: versioned YAML, one file a language
// (content/strategy/language/<locale>.yaml). Each file is its own source; nothing in it is
// translated from another file, because what sounds securitised differs between languages.

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const EntryIdSchema = z
  .string()
  .regex(
    new RegExp(`^[a-z][a-z0-9-]*:lang:${SLUG}$`),
    'Use an id like strategy:lang:counter-terrorism',
  );
const KeyTermIdSchema = z
  .string()
  .regex(
    new RegExp(`^[a-z][a-z0-9-]*:lang:key:${SLUG}$`),
    'Use an id like strategy:lang:key:radicalisation',
  );

export const PatternSchema = z
  .string()
  .trim()
  .min(1, 'Write a word or phrase')
  .max(100)
  .refine((p) => patternKeys(p).length > 0, 'A pattern needs at least one letter or digit')
  .refine((p) => patternKeys(p).length <= 8, 'Keep a pattern to eight words at most');

const PatternListSchema = z.array(PatternSchema).min(1, 'List at least one pattern');

export const WordListEntrySchema = z
  .object({
    id: EntryIdSchema,
    patterns: PatternListSchema,
    category: z.enum(LANGUAGE_CATEGORIES),
    severity: z.enum(LANGUAGE_SEVERITIES),
    why: TextSchema,
    suggestions: z.array(TextSchema).min(1, 'Suggest at least one plainer wording'),
    cites: z.array(CiteKeySchema).min(1),
  })
  .strict();

/** A term the city should define in its glossary before using it (radicalisation, ...). */
export const KeyTermSchema = z
  .object({
    id: KeyTermIdSchema,
    term: TextSchema,
    patterns: PatternListSchema,
  })
  .strict();

const FindingTextSchema = z
  .object({ title: TextSchema, why: TextSchema, actions: z.array(TextSchema).min(1) })
  .strict();

export const WordListSchema = z
  .object({
    locale: LocaleCodeSchema,
    version: z.number().int().positive(),
    // Proclitics a word may carry before a listed form (Arabic و ف ب ل ك and ال); the checker
    // also tries every token with one of them removed.
    prefixes: z.array(z.string().trim().min(1)).default([]),
    keyTerms: z.array(KeyTermSchema).default([]),
    entries: z.array(WordListEntrySchema).min(1),
    findings: z.object({ 'LANG-01': FindingTextSchema, 'LANG-02': FindingTextSchema }).strict(),
  })
  .strict()
  .superRefine((list, ctx) => {
    const ids = new Map<string, string>();
    const patterns = new Map<string, string>();
    const claimId = (id: string, path: (string | number)[]) => {
      const first = ids.get(id);
      if (first)
        ctx.addIssue({ code: 'custom', path, message: `Id ${id} is already used at ${first}` });
      else ids.set(id, path.join('.'));
    };
    const claimPatterns = (items: { id: string; patterns: string[] }[], kind: string) => {
      items.forEach((item, i) =>
        item.patterns.forEach((pattern, p) => {
          // Two items with the same (normalised) pattern would make the flag depend on list order.
          const key = `${kind}:${patternKeys(pattern).join(' ')}`;
          const first = patterns.get(key);
          if (first)
            ctx.addIssue({
              code: 'custom',
              path: [kind, i, 'patterns', p],
              message: `Pattern "${pattern}" finds the same words as one listed under ${first} (case, accents, hyphens and slashes are ignored)`,
            });
          else patterns.set(key, item.id);
        }),
      );
    };
    list.entries.forEach((entry, i) => claimId(entry.id, ['entries', i, 'id']));
    list.keyTerms.forEach((term, i) => claimId(term.id, ['keyTerms', i, 'id']));
    claimPatterns(list.entries, 'entries');
    claimPatterns(list.keyTerms, 'keyTerms');
  });

export type WordList = z.output<typeof WordListSchema>;
export type WordListInput = z.input<typeof WordListSchema>;
export type WordListEntry = z.output<typeof WordListEntrySchema>;
export type KeyTerm = z.output<typeof KeyTermSchema>;
/** Every word list of the library, by locale (the file name). */
export type WordLists = Record<string, WordList>;
