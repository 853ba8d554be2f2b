import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './load-messages.js';
import { directionOf, isLocale } from './locales.js';

export type MessageValues = Record<string, string | number | Date>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

// First-strong isolate and pop directional isolate (Unicode bidi controls).
const ISOLATE_START = '\u2068';
const ISOLATE_END = '\u2069';

/**
 * A typed shorthand: an unknown message id is a compile error, not a blank on screen. In a
 * right-to-left language each inserted text (an email, a Latin city name) is isolated, so its
 * punctuation cannot jump to the wrong end of the Arabic sentence.
 */
export function useT(): Translate {
  const intl = useIntl();
  const language = intl.locale.split('-')[0];
  const isRtl = isLocale(language) && directionOf(language) === 'rtl';
  return useCallback(
    (id, values) => intl.formatMessage({ id }, values && isRtl ? isolateTexts(values) : values),
    [intl, isRtl],
  );
}

function isolateTexts(values: MessageValues): MessageValues {
  const isolated: MessageValues = {};
  for (const [name, value] of Object.entries(values)) {
    isolated[name] = typeof value === 'string' ? `${ISOLATE_START}${value}${ISOLATE_END}` : value;
  }
  return isolated;
}
