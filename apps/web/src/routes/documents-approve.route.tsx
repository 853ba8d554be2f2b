import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { toFormErrors } from '../components/api-form-errors.js';
import { Button } from '../components/button.js';
import { TextField } from '../components/text-field.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors, type FormError } from '../components/use-form-errors.js';
import { parseDecisionDate } from '../features/documents/decision-date.js';
import { useTransition } from '../features/documents/documents.queries.js';
import type { StrategyVersion } from '../features/documents/documents.types.js';
import { versionPath } from '../features/documents/documents-paths.js';
import '../features/documents/documents.css';
import {
  VersionStepLayout,
  VersionStepPage,
  isAwaitingDecision,
} from '../features/documents/version-step.js';
import type { StrategyBase } from '../features/documents/use-strategy-base.js';
import { DateInput } from '../features/workspace/fields/date-input.js';
import { problemText } from '../features/workspace/problem-messages.js';
import { EMPTY_DATE, type RawDate } from '../features/workspace/raw-values.js';
import '../features/workspace/workspace.css';
import { useT } from '../i18n/use-t.js';

// The server's limits (versions.schemas.ts).
const BODY_MAX = 300;
const NUMBER_MAX = 100;
const REFERENCE_MAX = 500;

export function DocumentsApprovePage() {
  return (
    <VersionStepPage isAvailable={isAwaitingDecision}>
      {(base, version) => <Approve base={base} version={version} />}
    </VersionStepPage>
  );
}

/**
 * Records the council's decision on a submitted version: who decided, the decision or motion
 * number, and the day. Approval locks the strategy, which the page says before the button.
 */
function Approve(props: { base: StrategyBase; version: StrategyVersion }) {
  const { base, version } = props;
  const { cityId, strategyId } = base.ref;
  const t = useT();
  const navigate = useNavigate();
  const form = useFormErrors();
  const transition = useTransition(base.ref, version.id);
  const [body, setBody] = useState('');
  const [number, setNumber] = useState('');
  const [reference, setReference] = useState('');
  const [date, setDate] = useState<RawDate>(EMPTY_DATE);
  useDocumentTitle(t('documents.approve.title'), form.errors.length > 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (transition.isPending) return;
    const errors: FormError[] = [];
    const trimmedBody = body.trim();
    const trimmedNumber = number.trim();
    const trimmedReference = reference.trim();
    if (trimmedBody === '')
      errors.push({ field: 'body', message: t('documents.approve.bodyMissing') });
    const limits = [
      ['body', trimmedBody, BODY_MAX],
      ['number', trimmedNumber, NUMBER_MAX],
      ['reference', trimmedReference, REFERENCE_MAX],
    ] as const;
    for (const [field, value, max] of limits)
      if (value.length > max)
        errors.push({ field, message: t('documents.approve.tooLong', { max }) });
    const day = parseDecisionDate(date);
    if (day.problem) errors.push({ field: 'date', message: problemText(day.problem, t) });
    else if (!day.value)
      errors.push({ field: 'date', message: t('documents.approve.dateMissing') });
    if (errors.length > 0 || !day.value) {
      form.show(errors);
      return;
    }
    form.clear();
    transition.mutate(
      {
        to: 'approved',
        decision: {
          body: trimmedBody,
          date: day.value,
          ...(trimmedNumber ? { number: trimmedNumber } : {}),
          ...(trimmedReference ? { reference: trimmedReference } : {}),
        },
      },
      {
        onSuccess: () =>
          void navigate(versionPath(cityId, strategyId, version.id), {
            state: { notice: t('documents.approve.done', { label: version.label }) },
          }),
        onError: (error) =>
          form.show(toFormErrors(error, ['body', 'number', 'date', 'reference'], t)),
      },
    );
  };

  return (
    <VersionStepLayout
      base={base}
      version={version}
      form={form}
      title={t('documents.approve.title')}
      lead={t('documents.approve.lead')}
    >
      <form onSubmit={submit} noValidate>
        <TextField
          id={form.fieldId('body')}
          name="body"
          label={t('documents.approve.body')}
          hint={t('documents.approve.bodyHint')}
          error={form.errorFor('body')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <TextField
          id={form.fieldId('number')}
          name="number"
          label={t('documents.approve.number')}
          hint={t('documents.approve.numberHint')}
          error={form.errorFor('number')}
          width="20"
          value={number}
          onChange={(event) => setNumber(event.currentTarget.value)}
        />
        <DateInput
          id={form.fieldId('date')}
          legend={t('documents.approve.date')}
          error={form.errorFor('date')}
          errorPart={form.errorFor('date') ? 'all' : undefined}
          value={date}
          onChange={setDate}
        />
        <TextField
          id={form.fieldId('reference')}
          name="reference"
          label={t('documents.approve.reference')}
          hint={t('documents.approve.referenceHint')}
          error={form.errorFor('reference')}
          value={reference}
          onChange={(event) => setReference(event.currentTarget.value)}
        />
        <div className="warning-text">
          <span className="warning-text__icon" aria-hidden="true">
            !
          </span>
          <p className="warning-text__text">
            <span className="visually-hidden">{t('common.warning')}</span>
            {t('documents.approve.warning')}
          </p>
        </div>
        <Button type="submit">{t('documents.approve.submit')}</Button>
      </form>
    </VersionStepLayout>
  );
}
