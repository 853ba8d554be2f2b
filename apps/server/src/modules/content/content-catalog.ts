import { createHash } from 'node:crypto';
import {
  type AnswersSchema,
  type CompiledContent,
  type CompiledWordList,
  buildAnswersSchema,
  compileContent,
  compileWordList,
  localizeContent,
} from '@concord/domain';
import { type LoadedContent, loadContent } from '@concord/domain/node';
import { LOCALES, type Locale } from '../users/user.js';

/** A ready-made response body for one locale: serialised once, served many times. */
export interface LocalizedBody {
  json: string;
  etag: string;
}

/**
 * The guide content prepared for serving: compiled once per locale (so findings come back in
 * the reader's language), the answers schema of this content version, and the localized
 * library already serialised.
 */
export interface ContentCatalog {
  version: number;
  compiled: Record<Locale, CompiledContent>;
  answersSchema: AnswersSchema;
  bodies: Record<Locale, LocalizedBody>;
  /** The language check's word lists by language (content/strategy/language), compiled once. */
  wordLists: Record<string, CompiledWordList>;
}

export function prepareContentCatalog(loaded: LoadedContent): ContentCatalog {
  const compiled = {} as Record<Locale, CompiledContent>;
  const bodies = {} as Record<Locale, LocalizedBody>;
  for (const locale of LOCALES) {
    const localized = localizeContent(loaded.library, loaded.locales, locale);
    compiled[locale] = compileContent(localized.content);
    const json = JSON.stringify({
      locale,
      contentVersion: loaded.library.version,
      untranslated: localized.untranslated,
      content: localized.content,
    });
    bodies[locale] = {
      json,
      etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
    };
  }
  return {
    version: loaded.library.version,
    compiled,
    answersSchema: buildAnswersSchema(compiled.en),
    bodies,
    wordLists: Object.fromEntries(
      Object.entries(loaded.library.language ?? {}).map(([locale, list]) => [
        locale,
        compileWordList(list),
      ]),
    ),
  };
}

/** Where routes get the catalog from. Loading reads and validates ~40 YAML files. */
export interface ContentSource {
  get(): Promise<ContentCatalog>;
}

/**
 * Loads on first use and keeps the result (or the failure) for the life of the process. The
 * server warms it right after it starts listening, so start-up and /readyz are not delayed by it.
 */
export function createContentSource(
  load: () => Promise<ContentCatalog> = async () => prepareContentCatalog(await loadContent()),
): ContentSource {
  let catalog: Promise<ContentCatalog> | undefined;
  return {
    get() {
      catalog ??= load();
      return catalog;
    },
  };
}
