import type { ReactNode } from 'react';
import { useT } from '../../../i18n/use-t.js';
import type { RawDate } from '../raw-values.js';
import { partDomId } from '../workspace-paths.js';
import { describedByIds, FieldTextsBlock, groupClass, type FieldTexts } from './field-frame.js';

export interface DateInputProps extends FieldTexts {
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  value: RawDate;
  onChange: (value: RawDate) => void;
  /** Which part the error is about (all three when the date as a whole is wrong). */
  errorPart?: 'day' | 'month' | 'year' | 'all' | undefined;
}

const PARTS = ['day', 'month', 'year'] as const;

/** The GOV.UK date input: day, month and year boxes, which work with any keyboard and reader. */
export function DateInput(props: DateInputProps) {
  const { id, value } = props;
  const t = useT();
  const labels = {
    day: t('workspace.date.day'),
    month: t('workspace.date.month'),
    year: t('workspace.date.year'),
  };
  const hint = (
    <>
      {props.hint ? <span className="hint__block">{props.hint}</span> : null}
      <span className="hint__block">{t('workspace.date.hint')}</span>
    </>
  );

  return (
    <div className={groupClass(props.error)}>
      <fieldset className="fieldset" aria-describedby={describedByIds(id, { ...props, hint })}>
        <legend className={props.legendClassName ?? 'fieldset__legend'}>{props.legend}</legend>
        <FieldTextsBlock id={id} hint={hint} note={props.note} error={props.error} />
        <div className="date-input">
          {PARTS.map((part) => {
            const inputId = part === 'day' ? id : partDomId(id, part);
            const isWrong = props.errorPart === 'all' || props.errorPart === part;
            return (
              <div className="date-input__item" key={part}>
                <label className="label date-input__label" htmlFor={inputId}>
                  {labels[part]}
                </label>
                <input
                  className={[
                    'input',
                    part === 'year' ? 'date-input__year' : 'date-input__short',
                    isWrong ? 'input--error' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  id={inputId}
                  type="text"
                  inputMode="numeric"
                  dir="ltr"
                  autoComplete="off"
                  value={value[part]}
                  onChange={(event) =>
                    props.onChange({ ...value, [part]: event.currentTarget.value })
                  }
                  aria-invalid={isWrong ? true : undefined}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
