import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, formGroupClass } from './field-parts.js';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'aria-describedby'
>;

export interface TextFieldProps extends InputProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  /** Widths follow content: `20` characters, `10`, or the full column. */
  width?: 'full' | '20' | '10';
}

export function TextField({
  id,
  label,
  hint,
  error,
  width = 'full',
  type = 'text',
  ...input
}: TextFieldProps) {
  const classes = ['input', `input--width-${width}`, error ? 'input--error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={formGroupClass(error)}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        // Addresses are Latin script: let them run left to right inside an Arabic page.
        dir={type === 'email' ? 'auto' : undefined}
        {...input}
        id={id}
        type={type}
        className={classes}
        aria-describedby={describedBy({ id, hint, error })}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
