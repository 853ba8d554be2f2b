import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../components/button.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { StatusBanner, useArrivalNotice } from '../components/status-banner.js';
import { SummaryList } from '../components/summary-list.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import {
  LANGUAGE_NAMES,
  LEFT_OUT_LABELS,
  PhaseTag,
  questionLabel,
  titleOf,
  useFormatDay,
} from '../features/participation/consultation-labels.js';
import { ConsultationPreview } from '../features/participation/consultation-preview.js';
import { toDraftErrors } from '../features/participation/draft-fields.js';
import {
  commentsPath,
  editConsultationPath,
  participationPath,
} from '../features/participation/participation-paths.js';
import {
  useConsultation,
  useConsultationAction,
} from '../features/participation/participation.queries.js';
import type { ConsultationDetail } from '../features/participation/participation.types.js';
import { useWorkspace, WorkspaceGate } from '../features/workspace/workspace-context.js';
import { useT } from '../i18n/use-t.js';

export function ParticipationConsultationPage() {
  return (
    <WorkspaceGate>
      <ConsultationPage />
    </WorkspaceGate>
  );
}

function ConsultationPage() {
  const { consultationId = '' } = useParams();
  const workspace = useWorkspace();
  const detail = useConsultation(workspace.ref, consultationId, workspace.locale);
  if (detail.isError) return <ProblemPage error={detail.error} />;
  if (!detail.data) return <LoadingMessage />;
  return <ConsultationView detail={detail.data} />;
}

function ConsultationView(props: { detail: ConsultationDetail }) {
  const t = useT();
  const location = useLocation();
  const workspace = useWorkspace();
  const form = useFormErrors();
  const formatDay = useFormatDay();
  const { consultation, preview, leftOut, languageChecks } = props.detail;
  const action = useConsultationAction(workspace.ref, consultation.id);
  const [notice, setNotice] = useArrivalNotice(
    (location.state as { notice?: string } | null)?.notice,
  );
  const { cityId, strategyId } = workspace.ref;
  const title = titleOf(consultation, workspace.locale);
  useDocumentTitle(title, form.errors.length > 0);
  const canManage = workspace.detail.can.manage;
  const flagged = languageChecks.filter(
    (check) => check.flags.length > 0 || check.undefinedKeyTerms.length > 0,
  );

  function run(kind: 'publish' | 'close' | 'summary', done: string): void {
    form.clear();
    setNotice(null);
    action.mutate(kind, {
      onSuccess: () => setNotice(done),
      onError: (error) => form.show(toDraftErrors(error, t)),
    });
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
      <PageHeading caption={t('participation.consultation.caption')}>
        <span dir="auto">{title}</span>
      </PageHeading>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <SummaryList
            rows={[
              {
                key: 'status',
                label: t('participation.consultation.status'),
                value: <PhaseTag phase={consultation.phase} />,
              },
              {
                key: 'address',
                label: t('participation.consultation.address'),
                value: consultation.publicUrl ? (
                  <a className="link" href={consultation.publicUrl} dir="ltr">
                    {consultation.publicUrl}
                  </a>
                ) : (
                  t('participation.consultation.notPublished')
                ),
              },
              {
                key: 'languages',
                label: t('participation.consultation.languages'),
                value: consultation.languages.map((lang, index) => (
                  <span key={lang}>
                    {index > 0 ? ', ' : ''}
                    <span lang={lang}>{LANGUAGE_NAMES[lang]}</span>
                  </span>
                )),
              },
              {
                key: 'dates',
                label: t('participation.consultation.dates'),
                value: t('participation.overview.dates', {
                  opens: formatDay(consultation.opensOn),
                  closes: formatDay(consultation.closesOn),
                }),
              },
              {
                key: 'comments',
                label: t('participation.consultation.comments'),
                value: t('participation.consultation.commentCounts', consultation.comments),
              },
              {
                key: 'summary',
                label: t('participation.consultation.summary'),
                value: consultation.summarizedAt
                  ? t('participation.consultation.summarizedOn', {
                      date: formatDay(consultation.summarizedAt.slice(0, 10)),
                    })
                  : t('participation.consultation.notSummarized'),
              },
            ]}
          />

          {canManage ? (
            <div className="button-group">
              {consultation.status === 'draft' ? (
                <>
                  <Button
                    onClick={() => run('publish', t('participation.consultation.published'))}
                    aria-disabled={action.isPending || undefined}
                  >
                    {t('participation.consultation.publish')}
                  </Button>
                  <Link
                    className="link"
                    to={editConsultationPath(cityId, strategyId, consultation.id)}
                  >
                    {t('participation.consultation.edit')}
                  </Link>
                </>
              ) : (
                <>
                  <Link className="button" to={commentsPath(cityId, strategyId, consultation.id)}>
                    {t('participation.consultation.moderate')}
                  </Link>
                  <Button
                    variant="secondary"
                    onClick={() => run('summary', t('participation.consultation.summaryWritten'))}
                    aria-disabled={action.isPending || undefined}
                  >
                    {t('participation.consultation.writeSummary')}
                  </Button>
                  {consultation.status === 'published' ? (
                    <Button
                      variant="warning"
                      onClick={() => run('close', t('participation.consultation.closed'))}
                      aria-disabled={action.isPending || undefined}
                    >
                      {t('participation.consultation.close')}
                    </Button>
                  ) : null}
                </>
              )}
            </div>
          ) : null}
          {canManage && consultation.status !== 'draft' ? (
            <p className="body hint">{t('participation.consultation.summaryHint')}</p>
          ) : null}

          {flagged.length > 0 ? (
            <>
              <h2 className="heading-l">{t('participation.consultation.wording')}</h2>
              <ul className="list list--bullet">
                {flagged.flatMap((check) => [
                  ...check.flags.map((flag) => (
                    <li key={`${check.language}-${check.field}-${flag.entryId}-${flag.start}`}>
                      <span lang={check.language}>{LANGUAGE_NAMES[check.language]}</span>
                      {': '}
                      <strong dir="auto">
                        {t('participation.flags.quoted', { text: flag.match })}
                      </strong>{' '}
                      {flag.why}{' '}
                      {flag.suggestions.length > 0
                        ? t('participation.flags.suggestions', {
                            list: flag.suggestions.join(' · '),
                          })
                        : null}
                    </li>
                  )),
                  ...check.undefinedKeyTerms.map((term, index) => (
                    <li key={`${check.language}-${check.field}-${term.keyTermId}-${index}`}>
                      <span lang={check.language}>{LANGUAGE_NAMES[check.language]}</span>
                      {': '}
                      {t('participation.flags.undefinedTerm', { text: term.match })}
                    </li>
                  )),
                ])}
              </ul>
            </>
          ) : null}

          {leftOut.length > 0 ? (
            <>
              <h2 className="heading-l">{t('participation.consultation.leftOut')}</h2>
              <p className="body">{t('participation.consultation.leftOutLead')}</p>
              <ul className="list list--bullet">
                {leftOut.map((item) => (
                  <li key={`${item.questionId}-${item.rowId ?? ''}`}>
                    {questionLabel(item.questionId, workspace.compiled)}
                    {item.rowId ? ` (${t('participation.consultation.oneRow')})` : ''}
                    {': '}
                    {t(LEFT_OUT_LABELS[item.reason])}
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          <h2 className="heading-l">{t('participation.consultation.preview')}</h2>
          <p className="body">{t('participation.consultation.previewLead')}</p>
          <ConsultationPreview preview={preview} />
        </div>
      </div>
    </>
  );
}
