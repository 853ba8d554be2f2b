import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t.js';

export interface FieldTextProps {
  id: string;
  hint?: ReactNode | undefined;
  error?: string | undefined;
}

/** Ids of the hint and error, for aria-describedby, in reading order. */
export function describedBy(props: FieldTextProps): string | undefined {
  const ids = [
    props.hint ? `${props.id}-hint` : null,
    props.error ? `${props.id}-error` : null,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldHint(props: FieldTextProps) {
  if (!props.hint) return null;
  return (
    <div className="hint" id={`${props.id}-hint`}>
      {props.hint}
    </div>
  );
}

export function FieldError(props: FieldTextProps) {
  const t = useT();
  if (!props.error) return null;
  return (
    <p className="error-message" id={`${props.id}-error`}>
      <span className="visually-hidden">{t('errorSummary.prefix')}</span> {props.error}
    </p>
  );
}

export function formGroupClass(error: string | undefined): string {
  return error ? 'form-group form-group--error' : 'form-group';
}
