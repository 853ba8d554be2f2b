import { useState } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../components/api-form-errors.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { StatusBanner, useArrivalNotice } from '../components/status-banner.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { participationPath } from '../features/participation/participation-paths.js';
import {
  usePutSensitiveMark,
  useSensitiveMarks,
} from '../features/participation/participation.queries.js';
import {
  type MarkChange,
  SensitiveAnswersForm,
} from '../features/participation/sensitive-answers-form.js';
import { useWorkspace, WorkspaceGate } from '../features/workspace/workspace-context.js';
import { useT } from '../i18n/use-t.js';

export function ParticipationSensitivePage() {
  return (
    <WorkspaceGate>
      <Sensitive />
    </WorkspaceGate>
  );
}

function Sensitive() {
  const t = useT();
  const workspace = useWorkspace();
  const form = useFormErrors();
  const marks = useSensitiveMarks(workspace.ref);
  const put = usePutSensitiveMark(workspace.ref);
  const [isSaving, setIsSaving] = useState(false);
  const [notice, setNotice] = useArrivalNotice(null);
  const title = t('participation.sensitive.title');
  useDocumentTitle(title, form.errors.length > 0);
  const { cityId, strategyId } = workspace.ref;

  if (marks.isError) return <ProblemPage error={marks.error} />;

  async function save(changes: MarkChange[]): Promise<void> {
    form.clear();
    setNotice(null);
    if (changes.length === 0) {
      setNotice(t('participation.sensitive.nothingChanged'));
      return;
    }
    setIsSaving(true);
    try {
      for (const change of changes) await put.mutateAsync(change);
      setNotice(t('participation.sensitive.saved', { count: changes.length }));
    } catch (error) {
      form.show(toFormErrors(error, [], t));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <>
      <StatusBanner message={notice} />
      <ErrorSummary form={form} />
      <p className="body back-link-row">
        <Link className="link" to={participationPath(cityId, strategyId)}>
          {t('participation.back')}
        </Link>
      </p>
      <PageHeading caption={workspace.detail.strategy.title}>{title}</PageHeading>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <p className="body-l">{t('participation.sensitive.lead')}</p>
          {!workspace.detail.can.manage ? (
            <p className="body">{t('error.forbidden')}</p>
          ) : !marks.data ? (
            <LoadingMessage />
          ) : (
            <SensitiveAnswersForm
              workspace={workspace}
              marks={marks.data.marks}
              sensitiveQuestionIds={marks.data.sensitiveQuestionIds}
              isSaving={isSaving}
              onSave={(changes) => void save(changes)}
            />
          )}
        </div>
      </div>
    </>
  );
}
