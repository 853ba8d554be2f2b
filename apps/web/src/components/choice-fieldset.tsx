import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, formGroupClass } from './field-parts.js';

export interface Choice {
  value: string;
  label: string;
  hint?: string | undefined;
  /** Language of the label when it differs from the page (language names in their own script). */
  lang?: string | undefined;
}

export interface ChoiceFieldsetProps {
  /** Id of the first input, which the error summary links to. */
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  choices: readonly Choice[];
  defaultValues?: readonly string[] | undefined;
  isSmall?: boolean;
}

/** Radios or checkboxes in a fieldset whose legend asks the question (GOV.UK radios/checkboxes). */
export function ChoiceFieldset(props: ChoiceFieldsetProps) {
  const { id, hint, error } = props;
  const listClass = ['choices', `choices--${props.type}`, props.isSmall ? 'choices--small' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedBy({ id, hint, error })}>
        <legend className="fieldset__legend">{props.legend}</legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div className={listClass}>
          {props.choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="choices__item" key={choice.value}>
                <input
                  className="choices__input"
                  id={inputId}
                  name={props.name}
                  type={props.type}
                  value={choice.value}
                  defaultChecked={props.defaultValues?.includes(choice.value)}
                  aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                />
                <label className="choices__label" htmlFor={inputId} lang={choice.lang}>
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
