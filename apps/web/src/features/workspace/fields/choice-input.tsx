import type { ReactNode } from 'react';
import { describedByIds, FieldTextsBlock, groupClass, type FieldTexts } from './field-frame.js';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: string | undefined;
}

export interface ChoiceInputProps extends FieldTexts {
  /** Id of the first input (error summary links point here). */
  id: string;
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  legendClassName?: string;
  choices: readonly ChoiceOption[];
  value: string | readonly string[];
  onChange: (value: string | string[]) => void;
}

/** Controlled radios or checkboxes in a fieldset whose legend asks the question. */
export function ChoiceInput(props: ChoiceInputProps) {
  const { id, type } = props;
  const selected = Array.isArray(props.value) ? props.value : [props.value];
  const isSmall = props.choices.length > 8;
  const listClass = ['choices', `choices--${type}`, isSmall ? 'choices--small' : '']
    .filter(Boolean)
    .join(' ');

  function toggle(value: string, isChecked: boolean): void {
    if (type === 'radio') return props.onChange(value);
    const next = isChecked
      ? [...selected.filter((item) => item !== value), value]
      : selected.filter((item) => item !== value);
    props.onChange(next);
  }

  return (
    <div className={groupClass(props.error)}>
      <fieldset className="fieldset" aria-describedby={describedByIds(id, props)}>
        <legend className={props.legendClassName ?? 'fieldset__legend'}>{props.legend}</legend>
        <FieldTextsBlock id={id} hint={props.hint} note={props.note} error={props.error} />
        <div className={listClass}>
          {props.choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}--${index + 1}`;
            return (
              <div className="choices__item" key={choice.value}>
                <input
                  className="choices__input"
                  id={inputId}
                  name={id}
                  type={type}
                  value={choice.value}
                  checked={selected.includes(choice.value)}
                  onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
                  aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                />
                <label className="choices__label" htmlFor={inputId}>
                  {choice.label}
                </label>
                {choice.hint ? (
                  <div className="hint choices__hint" id={`${inputId}-hint`}>
                    {choice.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
