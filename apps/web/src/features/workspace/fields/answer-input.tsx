import type { ReactNode } from 'react';
import { useT } from '../../../i18n/use-t.js';
import { YES_NO_UNKNOWN_LABELS } from '../format-answer.js';
import { LONG_TEXT_MAX, TEXT_MAX } from '../parse-raw.js';
import {
  EMPTY_AMOUNT,
  EMPTY_DATE,
  isRawAmount,
  isRawDate,
  type Definition,
  type RawField,
} from '../raw-values.js';
import { AmountInput } from './amount-input.js';
import { ChoiceInput } from './choice-input.js';
import { DateInput } from './date-input.js';
import { LongTextInput, NumberInput, TextInput } from './text-inputs.js';

export interface AnswerInputProps {
  definition: Definition;
  id: string;
  label: ReactNode;
  /** A question's label reads as its heading; a row field's as a plain label. */
  isQuestion: boolean;
  hint?: ReactNode | undefined;
  note?: string | undefined;
  raw: RawField;
  onChange: (raw: RawField) => void;
  /** The message for a part of this answer: '' (all of it), 'amount', 'currency', 'day', ... */
  messageAt: (part: string) => string | undefined;
}

/** The input for one answer (a question or a field of a group row), chosen by its type. */
export function AnswerInput(props: AnswerInputProps) {
  const { definition, id, raw } = props;
  const t = useT();
  const labelClassName = props.isQuestion ? 'label label--question' : 'label';
  const legendClassName = props.isQuestion
    ? 'fieldset__legend label--question'
    : 'fieldset__legend';
  const texts = { hint: props.hint, note: props.note, error: props.messageAt('') };
  const source = definition.source;

  switch (source.type) {
    case 'single':
    case 'multi':
    case 'yes-no-unknown': {
      const choices =
        source.type === 'yes-no-unknown'
          ? Object.entries(YES_NO_UNKNOWN_LABELS).map(([value, messageId]) => ({
              value,
              label: t(messageId),
            }))
          : (definition.options ?? []).map((option) => ({
              value: option.id,
              label: option.label,
              hint: option.help,
            }));
      return (
        <ChoiceInput
          {...texts}
          id={id}
          type={source.type === 'multi' ? 'checkbox' : 'radio'}
          legend={props.label}
          legendClassName={legendClassName}
          choices={choices}
          value={source.type === 'multi' ? (Array.isArray(raw) ? raw : []) : asText(raw)}
          onChange={props.onChange}
        />
      );
    }
    case 'text':
      return (
        <TextInput
          {...texts}
          id={id}
          label={props.label}
          labelClassName={labelClassName}
          maxLength={source.maxLength ?? TEXT_MAX}
          value={asText(raw)}
          onChange={props.onChange}
        />
      );
    case 'long-text':
      return (
        <LongTextInput
          {...texts}
          id={id}
          label={props.label}
          labelClassName={labelClassName}
          maxLength={source.maxLength ?? LONG_TEXT_MAX}
          value={asText(raw)}
          onChange={props.onChange}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...texts}
          id={id}
          label={props.label}
          labelClassName={labelClassName}
          unit={source.unit}
          value={asText(raw)}
          onChange={props.onChange}
        />
      );
    case 'amount':
      return (
        <AmountInput
          {...texts}
          id={id}
          legend={props.label}
          legendClassName={legendClassName}
          value={isRawAmount(raw) ? raw : EMPTY_AMOUNT}
          amountError={props.messageAt('amount')}
          currencyError={props.messageAt('currency')}
          onChange={props.onChange}
        />
      );
    case 'date': {
      const part = (['day', 'month', 'year'] as const).find((name) => props.messageAt(name));
      const error = texts.error ?? (part ? props.messageAt(part) : undefined);
      return (
        <DateInput
          {...texts}
          error={error}
          errorPart={part ?? (texts.error ? 'all' : undefined)}
          id={id}
          legend={props.label}
          legendClassName={legendClassName}
          value={isRawDate(raw) ? raw : EMPTY_DATE}
          onChange={props.onChange}
        />
      );
    }
    case 'group':
      return null;
  }
}

function asText(raw: RawField): string {
  return typeof raw === 'string' ? raw : '';
}
