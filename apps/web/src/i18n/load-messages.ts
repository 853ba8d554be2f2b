import type { MessageFormatElement } from 'react-intl';
import type { Locale } from '../api/types.js';
import en from './en.json';

/** Catalogues arrive pre-parsed: vite/compile-messages.plugin.ts compiles the JSON at build time. */
export type Messages = Record<string, MessageFormatElement[]>;
export type MessageId = keyof typeof en;

const asCompiled = (catalogue: unknown) => catalogue as Messages;

/** English ships with the first load; other catalogues are fetched only when chosen. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'en':
      return asCompiled(en);
    case 'fr':
      return asCompiled((await import('./fr.json')).default);
    case 'ar':
      return asCompiled((await import('./ar.json')).default);
  }
}
