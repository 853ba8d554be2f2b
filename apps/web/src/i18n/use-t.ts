import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './load-messages.js';

export type MessageValues = Record<string, string | number | Date>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** A typed shorthand: an unknown message id is a compile error, not a blank on screen. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}
