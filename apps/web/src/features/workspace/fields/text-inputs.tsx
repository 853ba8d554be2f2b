import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/use-t.js';
import { WorkspaceLanguageFlags } from '../../participation/workspace-language-flags.js';
import { describedByIds, FieldTextsBlock, groupClass, type FieldTexts } from './field-frame.js';

interface TextLikeProps extends FieldTexts {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  value: string;
  onChange: (value: string) => void;
}

export function TextInput(props: TextLikeProps & { maxLength: number }) {
  const { id } = props;
  // Short limits (a currency code) get a short box; the rest use the column.
  const width = props.maxLength <= 10 ? 'input--width-10' : '';
  return (
    <div className={groupClass(props.error)}>
      <label className={props.labelClassName ?? 'label'} htmlFor={id}>
        {props.label}
      </label>
      <FieldTextsBlock id={id} hint={props.hint} note={props.note} error={props.error} />
      <input
        className={['input', width, props.error ? 'input--error' : ''].filter(Boolean).join(' ')}
        id={id}
        type="text"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        aria-describedby={describedByIds(id, props)}
        aria-invalid={props.error ? true : undefined}
        spellCheck
      />
    </div>
  );
}

export function NumberInput(props: TextLikeProps & { unit?: string | undefined }) {
  const { id } = props;
  return (
    <div className={groupClass(props.error)}>
      <label className={props.labelClassName ?? 'label'} htmlFor={id}>
        {props.label}
      </label>
      <FieldTextsBlock id={id} hint={props.hint} note={props.note} error={props.error} />
      <div className="input-with-suffix">
        <input
          className={['input', 'input--width-10', props.error ? 'input--error' : '']
            .filter(Boolean)
            .join(' ')}
          id={id}
          type="text"
          inputMode="decimal"
          // Digits read left to right even in an Arabic page.
          dir="ltr"
          autoComplete="off"
          value={props.value}
          onChange={(event) => props.onChange(event.currentTarget.value)}
          aria-describedby={describedByIds(id, props)}
          aria-invalid={props.error ? true : undefined}
        />
        {props.unit ? (
          <span className="input-with-suffix__suffix" aria-hidden="true">
            {props.unit}
          </span>
        ) : null}
      </div>
    </div>
  );
}

/**
 * A textarea with the GOV.UK character count: the remaining count is always visible and read
 * out by screen readers a moment after typing stops, not on every key.
 */
export function LongTextInput(props: TextLikeProps & { maxLength: number }) {
  const { id, maxLength } = props;
  const t = useT();
  const remaining = maxLength - props.value.length;
  const countText =
    remaining >= 0
      ? t('workspace.count.remaining', { count: remaining })
      : t('workspace.count.over', { count: -remaining });
  const announced = useSettledValue(countText, 1000);
  // Announced only after this person types, so a page of text boxes does not talk on its own.
  const [hasTyped, setHasTyped] = useState(false);

  return (
    <div className={groupClass(props.error)}>
      <label className={props.labelClassName ?? 'label'} htmlFor={id}>
        {props.label}
      </label>
      <FieldTextsBlock id={id} hint={props.hint} note={props.note} error={props.error} />
      <textarea
        className={['textarea', props.error || remaining < 0 ? 'textarea--error' : '']
          .filter(Boolean)
          .join(' ')}
        id={id}
        rows={5}
        value={props.value}
        onChange={(event) => {
          setHasTyped(true);
          props.onChange(event.currentTarget.value);
        }}
        aria-describedby={[describedByIds(id, props), `${id}-count`].filter(Boolean).join(' ')}
        aria-invalid={props.error ? true : undefined}
      />
      <div
        id={`${id}-count`}
        className={remaining < 0 ? 'character-count character-count--over' : 'character-count'}
      >
        {t('workspace.count.limit', { max: maxLength })} {countText}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {hasTyped && announced === countText ? announced : ''}
      </div>
      <WorkspaceLanguageFlags text={props.value} id={id} />
    </div>
  );
}

function useSettledValue<T>(value: T, delayMs: number): T | undefined {
  const [settled, setSettled] = useState<T | undefined>(undefined);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
