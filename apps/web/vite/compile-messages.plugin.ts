import { readFile } from 'node:fs/promises';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const CATALOGUE = /[\\/]src[\\/]i18n[\\/][a-z]{2}\.json$/;

/**
 * Turns the ICU message catalogues into parsed ASTs at build time, so the browser never downloads
 * the ICU parser (react-intl formats pre-parsed messages as they are). A syntax error in any
 * message fails the build with the language and the key.
 */
export function compileMessages(): Plugin {
  return {
    name: 'concord:compile-messages',
    enforce: 'pre',
    async load(id) {
      if (!CATALOGUE.test(id)) return null;
      const messages = JSON.parse(await readFile(id, 'utf8')) as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(messages)) {
        try {
          compiled[key] = parse(message);
        } catch (error) {
          throw new Error(`${id}: message "${key}" is not valid ICU: ${(error as Error).message}`, {
            cause: error,
          });
        }
      }
      // Still JSON, so Vite's own JSON plugin turns it into a module as usual.
      return JSON.stringify(compiled);
    },
  };
}

/** The runtime half of the plan above: an import of the parser gets the parse-free build instead. */
export const parserFreeAlias = {
  find: /^@formatjs\/icu-messageformat-parser$/,
  replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
};
