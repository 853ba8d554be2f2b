import type { Finding } from '@concord/domain/engine';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import { useT } from '../../i18n/use-t.js';
import { LongTextInput } from './fields/text-inputs.js';
import { ruleCode } from './finding-body.js';

export const JUSTIFICATION_MIN = 10;
export const JUSTIFICATION_MAX = 2000;

export const riskFieldName = (ruleId: string) => `risk-${ruleCode(ruleId)}`;

/**
 * A coordinator records that the city knowingly accepts a gap, and why. Folded away in a
 * details element so the findings stay readable.
 */
export function AcceptRiskForm(props: {
  finding: Finding;
  form: FormErrors;
  isSaving: boolean;
  onAccept: (justification: string) => void;
}) {
  const { finding, form } = props;
  const t = useT();
  const [text, setText] = useState('');
  const name = riskFieldName(finding.ruleId);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (props.isSaving) return;
    const justification = text.trim();
    if (justification.length < JUSTIFICATION_MIN || justification.length > JUSTIFICATION_MAX) {
      form.show([
        {
          field: name,
          message:
            justification.length < JUSTIFICATION_MIN
              ? t('workspace.risk.tooShort', { min: JUSTIFICATION_MIN })
              : t('workspace.risk.tooLong', { max: JUSTIFICATION_MAX }),
        },
      ]);
      return;
    }
    props.onAccept(justification);
  }

  return (
    <details className="details" open={form.errorFor(name) ? true : undefined}>
      <summary className="details__summary">
        <span className="details__summary-text">
          {t('workspace.risk.open')}
          <span className="visually-hidden"> {finding.title}</span>
        </span>
      </summary>
      <div className="details__text">
        <form onSubmit={submit} noValidate>
          <LongTextInput
            id={form.fieldId(name)}
            label={t('workspace.risk.label')}
            hint={t('workspace.risk.hint')}
            maxLength={JUSTIFICATION_MAX}
            value={text}
            onChange={setText}
            error={form.errorFor(name)}
          />
          <Button type="submit" aria-disabled={props.isSaving || undefined}>
            {t('workspace.risk.submit')}
            <span className="visually-hidden"> {finding.title}</span>
          </Button>
        </form>
      </div>
    </details>
  );
}
