import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { toFormErrors } from '../components/api-form-errors.js';
import { Button } from '../components/button.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
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
import { TextAreaField } from '../features/documents/text-area-field.js';
import '../features/workspace/workspace.css';
import { useT } from '../i18n/use-t.js';

const REASON_MAX = 2_000;

export function DocumentsReturnPage() {
  return (
    <VersionStepPage isAvailable={isAwaitingDecision}>
      {(base, version) => <Return base={base} version={version} />}
    </VersionStepPage>
  );
}

/** Sends a version back to its authors with the reason, so they know what to change. */
function Return(props: { base: StrategyBase; version: StrategyVersion }) {
  const { base, version } = props;
  const { cityId, strategyId } = base.ref;
  const t = useT();
  const navigate = useNavigate();
  const form = useFormErrors();
  const transition = useTransition(base.ref, version.id);
  const [reason, setReason] = useState('');
  useDocumentTitle(t('documents.return.title'), form.errors.length > 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (transition.isPending) return;
    const trimmed = reason.trim();
    if (trimmed === '') {
      form.show([{ field: 'comment', message: t('documents.return.reasonMissing') }]);
      return;
    }
    if (trimmed.length > REASON_MAX) {
      form.show([
        { field: 'comment', message: t('documents.return.reasonTooLong', { max: REASON_MAX }) },
      ]);
      return;
    }
    form.clear();
    transition.mutate(
      { to: 'returned', comment: trimmed },
      {
        onSuccess: () =>
          void navigate(versionPath(cityId, strategyId, version.id), {
            state: { notice: t('documents.return.done', { label: version.label }) },
          }),
        onError: (error) => form.show(toFormErrors(error, ['comment'], t)),
      },
    );
  };

  return (
    <VersionStepLayout
      base={base}
      version={version}
      form={form}
      title={t('documents.return.title')}
      lead={t('documents.return.lead')}
    >
      <form onSubmit={submit} noValidate>
        <TextAreaField
          id={form.fieldId('comment')}
          label={t('documents.return.reason')}
          hint={t('documents.return.reasonHint', { max: REASON_MAX })}
          error={form.errorFor('comment')}
          value={reason}
          onChange={setReason}
        />
        <Button type="submit" variant="warning">
          {t('documents.return.submit')}
        </Button>
      </form>
    </VersionStepLayout>
  );
}
