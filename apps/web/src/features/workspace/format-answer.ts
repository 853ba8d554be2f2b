import {
  isAmountValue,
  isGroupRows,
  type AnswerValue,
  type FieldValue,
} from '@concord/domain/engine';
import type { IntlShape } from 'react-intl';
import type { MessageId } from '../../i18n/load-messages.js';
import type { Translate } from '../../i18n/use-t.js';
import type { Definition } from './raw-values.js';

export const YES_NO_UNKNOWN_LABELS: Record<string, MessageId> = {
  yes: 'workspace.answer.yes',
  no: 'workspace.answer.no',
  unknown: 'workspace.answer.unknown',
};

export interface Formatters {
  t: Translate;
  intl: IntlShape;
}

/** An answer in words, as a summary list or a finding shows it; groups say how many rows. */
export function formatAnswer(
  definition: Definition,
  value: AnswerValue | undefined | null,
  { t, intl }: Formatters,
): string {
  if (value === undefined || value === null || value === '') return t('workspace.answer.none');
  if (isGroupRows(value)) return t('workspace.answer.rows', { count: value.length });
  return formatFieldValue(definition, value, { t, intl });
}

export function formatFieldValue(
  definition: Definition,
  value: FieldValue,
  { t, intl }: Formatters,
): string {
  const optionLabel = (id: string) =>
    definition.options?.find((option) => option.id === id)?.label ?? id;
  switch (definition.type) {
    case 'single':
      return typeof value === 'string' ? optionLabel(value) : String(value);
    case 'multi':
      return Array.isArray(value)
        ? intl.formatList(value.map(optionLabel), { type: 'conjunction' })
        : String(value);
    case 'yes-no-unknown': {
      const id = typeof value === 'string' ? YES_NO_UNKNOWN_LABELS[value] : undefined;
      return id ? t(id) : String(value);
    }
    case 'number':
      return typeof value === 'number' ? intl.formatNumber(value) : String(value);
    case 'amount':
      return isAmountValue(value) ? formatMoney(value.amount, value.currency, intl) : String(value);
    case 'date':
      return typeof value === 'string' ? formatIsoDate(value, intl) : String(value);
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}

export function formatMoney(amount: number, currency: string, intl: IntlShape): string {
  try {
    return intl.formatNumber(amount, { style: 'currency', currency });
  } catch {
    return `${intl.formatNumber(amount)} ${currency}`;
  }
}

/** A calendar date (no time zone shift): 2026-03-01 is 1 March wherever the reader is. */
export function formatIsoDate(value: string, intl: IntlShape): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return intl.formatDate(date, { dateStyle: 'long', timeZone: 'UTC' });
}
