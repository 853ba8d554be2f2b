import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useT } from '../i18n/use-t.js';
import type { FormErrors } from './use-form-errors.js';

/** The box at the top of a form listing every problem, each linking to its field; takes focus on submit. */
export function ErrorSummary(props: { form: FormErrors }) {
  const { errors, focusKey, fieldId } = props.form;
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  if (errors.length === 0) return null;

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={titleId}>
      <div role="alert">
        <h2 className="error-summary__title" id={titleId}>
          {t('errorSummary.title')}
        </h2>
        <ul className="error-summary__list">
          {errors.map((error) => (
            <li key={`${error.field ?? 'form'}:${error.message}`}>
              {error.field ? (
                <a
                  className="error-summary__link"
                  href={`#${fieldId(error.field)}`}
                  onClick={focusTarget}
                >
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

// Focus the field and bring its label (not just the input) into view, as GOV.UK Frontend does.
function focusTarget(event: MouseEvent<HTMLAnchorElement>): void {
  const id = event.currentTarget.hash.slice(1);
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  const legendOrLabel =
    input.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${id}"]`);
  (legendOrLabel ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}
