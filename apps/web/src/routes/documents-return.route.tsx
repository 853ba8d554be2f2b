import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toFormErrors } from '../components/api-form-errors.js';
import { Button } from '../components/button.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { NotFoundContent } from '../components/not-found-content.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { versionPath } from '../features/documents/documents-paths.js';
import { useTransition } from '../features/documents/documents.queries.js';
import type { StrategyVersion } from '../features/documents/documents.types.js';
import '../features/documents/documents.css';
import { useStrategyBase, type StrategyBase } from '../features/documents/use-strategy-base.js';
import { TextAreaField } from '../features/documents/text-area-field.js';
import '../features/workspace/workspace.css';
import { useT } from '../i18n/use-t.js';

const REASON_MAX = 2_000;

export function DocumentsReturnPage() {
  const { versionId = '' } = useParams();
  const state = useStrategyBase();
  if (state.status === 'error') return <ProblemPage error={state.error} />;
  if (state.status === 'pending') return <LoadingMessage />;
  const version = state.base.versions.find((item) => item.id === versionId);
  if (!version || version.status !== 'submitted' || !state.base.can.manage)
    return <NotFoundContent />;
  return <Return base={state.base} version={version} />;
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
    <>
      <ErrorSummary form={form} />
      <p className="body back-link-row">
        <Link className="link" to={versionPath(cityId, strategyId, version.id)}>
          {t('documents.back.toVersion', { label: version.label })}
        </Link>
      </p>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <PageHeading caption={version.label}>{t('documents.return.title')}</PageHeading>
          <p className="body-l">{t('documents.return.lead')}</p>
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
        </div>
      </div>
    </>
  );
}
