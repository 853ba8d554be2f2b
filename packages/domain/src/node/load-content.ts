import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ExampleListSchema } from '../content/example.schema.js';
import {
  ContentLibrarySchema,
  LibraryFileSchema,
  type ContentLibrary,
} from '../content/library.schema.js';
import { LocaleFileSchema, type Locales } from '../content/locale.schema.js';
import { ReferenceListSchema } from '../content/reference.schema.js';
import { RuleListSchema } from '../content/rule.schema.js';
import { ScoreListSchema } from '../content/score.schema.js';
import { SectionSchema } from '../content/section.schema.js';
import { ContentError, type ContentProblem } from '../engine/content-error.js';
import { WordListSchema, type WordLists } from '../language/language.schema.js';

/** content/strategy in this checkout, found from this file (src/node or dist/node). */
export const DEFAULT_CONTENT_DIR = fileURLToPath(
  new URL('../../../../content/strategy', import.meta.url),
);

export interface LoadedContent {
  library: ContentLibrary;
  locales: Locales;
  /** Which file each locale key came from, for reports. */
  localeFiles: Record<string, string[]>;
}

/**
 * Reads and validates the YAML library from disk. Every file is checked on its own first, so
 * each problem names the file and the path inside it; all problems are thrown together.
 */
export async function loadContent(dir: string = DEFAULT_CONTENT_DIR): Promise<LoadedContent> {
  const root = resolve(dir);
  const problems: ContentProblem[] = [];
  const read = async <S extends z.ZodType>(
    file: string,
    schema: S,
  ): Promise<z.output<S> | undefined> => {
    const where = relative(process.cwd(), file) || file;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      problems.push({ path: where, message: `Cannot read: ${(error as Error).message}` });
      return undefined;
    }
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        problems.push({ path: where, message: `YAML: ${e.message.split('\n')[0]}` });
      return undefined;
    }
    const parsed = schema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ path: `${where}: ${formatPath(issue.path)}`, message: issue.message });
      }
      return undefined;
    }
    return parsed.data;
  };

  const libraryFile = await read(join(root, 'library.yaml'), LibraryFileSchema);
  const sections = await readAll(join(root, 'sections'), (f) => read(f, SectionSchema));
  const reference: Record<string, z.output<typeof ReferenceListSchema>> = {};
  for (const file of await yamlFiles(join(root, 'reference'))) {
    const items = await read(file, ReferenceListSchema);
    if (items) reference[basename(file).replace(/\.ya?ml$/, '')] = items;
  }
  const examples =
    (await optionalFile(join(root, 'examples.yaml'), (f) => read(f, ExampleListSchema))) ?? [];
  const rules = (await readAll(join(root, 'rules'), (f) => read(f, RuleListSchema))).flat();
  const scores =
    (await optionalFile(join(root, 'scores.yaml'), (f) => read(f, ScoreListSchema))) ?? [];
  const language: WordLists = {};
  for (const file of await yamlFiles(join(root, 'language'))) {
    const list = await read(file, WordListSchema);
    if (list) language[basename(file).replace(/\.ya?ml$/, '')] = list;
  }
  const { locales, localeFiles } = await loadLocales(join(root, 'locales'), read, problems);

  if (problems.length > 0 || !libraryFile) throw new ContentError(problems);
  const assembled = ContentLibrarySchema.safeParse({
    ...libraryFile,
    sections,
    reference,
    examples,
    rules,
    scores,
    language,
  });
  if (!assembled.success) {
    throw new ContentError(
      assembled.error.issues.map((issue) => ({
        path: `library: ${formatPath(issue.path)}`,
        message: issue.message,
      })),
    );
  }
  return { library: assembled.data, locales, localeFiles };
}

async function loadLocales(
  dir: string,
  read: (
    file: string,
    schema: typeof LocaleFileSchema,
  ) => Promise<Record<string, string> | undefined>,
  problems: ContentProblem[],
): Promise<{ locales: Locales; localeFiles: Record<string, string[]> }> {
  const locales: Locales = {};
  const localeFiles: Record<string, string[]> = {};
  for (const locale of await subdirectories(dir)) {
    const merged: Record<string, string> = {};
    const origin = new Map<string, string>();
    localeFiles[locale] = [];
    for (const file of await yamlFiles(join(dir, locale))) {
      localeFiles[locale].push(file);
      const entries = (await read(file, LocaleFileSchema)) ?? {};
      for (const [key, text] of Object.entries(entries)) {
        const first = origin.get(key);
        if (first)
          problems.push({
            path: `${relative(process.cwd(), file)}: ${key}`,
            message: `Key also defined in ${relative(process.cwd(), first)}`,
          });
        origin.set(key, file);
        merged[key] = text;
      }
    }
    locales[locale] = merged;
  }
  return { locales, localeFiles };
}

async function readAll<T>(
  dir: string,
  readOne: (file: string) => Promise<T | undefined>,
): Promise<T[]> {
  const results: T[] = [];
  for (const file of await yamlFiles(dir)) {
    const value = await readOne(file);
    if (value !== undefined) results.push(value);
  }
  return results;
}

async function optionalFile<T>(
  file: string,
  readOne: (file: string) => Promise<T | undefined>,
): Promise<T | undefined> {
  const names = await entries(join(file, '..'));
  return names.some((e) => e.isFile() && e.name === basename(file)) ? readOne(file) : undefined;
}

async function yamlFiles(dir: string): Promise<string[]> {
  return (await entries(dir))
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

async function subdirectories(dir: string): Promise<string[]> {
  return (await entries(dir))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

async function entries(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** `[0, 'when', 'of', 1]` -> `0.when.of.1`, the form used in every content report. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}
