import type { ReactNode } from 'react';
import { FieldError } from '../../../components/field-parts.js';
import { useT } from '../../../i18n/use-t.js';

/** What every answer input shows around itself: a hint, the no-personal-data reminder, an error. */
export interface FieldTexts {
  hint?: ReactNode | undefined;
  note?: string | undefined;
  error?: string | undefined;
}

export function describedByIds(id: string, texts: FieldTexts): string | undefined {
  const ids = [
    texts.hint ? `${id}-hint` : null,
    texts.note ? `${id}-note` : null,
    texts.error ? `${id}-error` : null,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Hint, reminder and error in reading order, each with the id the input points to. */
export function FieldTextsBlock(props: FieldTexts & { id: string }) {
  const t = useT();
  return (
    <>
      {props.hint ? (
        <div className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.note ? (
        <div className="warning-text warning-text--small" id={`${props.id}-note`}>
          <span className="warning-text__icon" aria-hidden="true">
            !
          </span>
          <p className="warning-text__text">
            <span className="visually-hidden">{t('common.warning')}</span>
            {props.note}
          </p>
        </div>
      ) : null}
      <FieldError id={props.id} error={props.error} />
    </>
  );
}

export function groupClass(error: string | undefined, extra = ''): string {
  return ['form-group', error ? 'form-group--error' : '', extra].filter(Boolean).join(' ');
}
