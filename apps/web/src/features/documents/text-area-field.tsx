import type { ReactNode } from 'react';
import {
  describedBy,
  FieldError,
  FieldHint,
  formGroupClass,
} from '../../components/field-parts.js';

/**
 * A labelled textarea for the document's short forms (a review comment, a reason for returning
 * a version). The workspace's long-text input checks wording against the strategy's glossary
 * and so only works inside a workspace page; these forms check the length when submitted.
 */
export function TextAreaField(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
  const { id, hint, error } = props;
  return (
    <div className={formGroupClass(error)}>
      <label className="label" htmlFor={id}>
        {props.label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <textarea
        className={error ? 'textarea textarea--error' : 'textarea'}
        id={id}
        rows={props.rows ?? 5}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        aria-describedby={describedBy({ id, hint, error })}
        aria-invalid={error ? true : undefined}
        dir="auto"
        spellCheck
      />
    </div>
  );
}
