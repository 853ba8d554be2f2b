import { useCallback, useId, useMemo, useState } from 'react';

export interface FormError {
  /** The form field this error belongs to; null for errors about the whole form. */
  field: string | null;
  message: string;
}

export interface FormErrors {
  errors: FormError[];
  /** Changes on every failed submit, so the summary takes focus again even with the same errors. */
  focusKey: number;
  fieldId: (name: string) => string;
  errorFor: (name: string) => string | undefined;
  show: (errors: FormError[]) => void;
  clear: () => void;
}

/** Error state for one form, following the GOV.UK pattern: summary on top, message at each field. */
export function useFormErrors(): FormErrors {
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [focusKey, setFocusKey] = useState(0);

  const fieldId = useCallback((name: string) => `${prefix}-${name}`, [prefix]);
  const errorFor = useCallback(
    (name: string) => errors.find((error) => error.field === name)?.message,
    [errors],
  );
  const show = useCallback((next: FormError[]) => {
    setErrors(next);
    setFocusKey((key) => key + 1);
  }, []);
  const clear = useCallback(() => setErrors([]), []);

  return useMemo(
    () => ({ errors, focusKey, fieldId, errorFor, show, clear }),
    [errors, focusKey, fieldId, errorFor, show, clear],
  );
}
