import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FieldError, FieldHint, formGroupClass } from './field-parts.js';

type SelectProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'className' | 'aria-describedby'
>;

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends SelectProps {
  id: string;
  label: ReactNode;
  /** Hides the label visually when the table or heading around it already says what it is. */
  isLabelHidden?: boolean;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  options: readonly SelectOption[];
  /** Grouped with a neighbouring button (a row of a table), without the form-group spacing. */
  isInline?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const { id, label, isLabelHidden, hint, error, options, isInline, ...select } = props;
  const groupClass = [formGroupClass(error), isInline ? 'form-group--inline' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={groupClass}>
      <label className={isLabelHidden ? 'visually-hidden' : 'label'} htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <select
        {...select}
        id={id}
        className={error ? 'select select--error' : 'select'}
        aria-describedby={describedBy({ id, hint, error })}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
