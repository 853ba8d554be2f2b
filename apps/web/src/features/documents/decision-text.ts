import type { IntlShape } from 'react-intl';
import type { Translate } from '../../i18n/use-t.js';
import type { VersionDecision } from './documents.types.js';
import { formatDay } from './format-day.js';

/** "City council, decision 2027/114, 12 March 2027, minutes p. 4" in the reader's language. */
export function describeDecision(decision: VersionDecision, t: Translate, intl: IntlShape): string {
  const parts = [
    decision.body,
    decision.number ? t('documents.decision.number', { number: decision.number }) : null,
    formatDay(decision.date, intl),
    decision.reference ?? null,
  ].filter((part): part is string => part !== null && part !== '');
  // Joined with the language's comma only: a list format would add "and" between the parts.
  return parts.join(t('documents.decision.separator'));
}
