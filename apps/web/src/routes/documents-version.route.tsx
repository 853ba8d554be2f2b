import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../components/button.js';
import { describeApiError } from '../components/describe-api-error.js';
import { LoadingMessage } from '../components/loading-message.js';
import { NotFoundContent } from '../components/not-found-content.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { StatusBanner, useArrivalNotice } from '../components/status-banner.js';
import { SummaryList } from '../components/summary-list.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { CommentsSection } from '../features/documents/comments-section.js';
import { documentPermissions } from '../features/documents/document-permissions.js';
import {
  comparePath,
  documentViewPath,
  versionActionPath,
  versionsPath,
} from '../features/documents/documents-paths.js';
import { CURRENT } from '../features/documents/documents-api.js';
import { useTransition } from '../features/documents/documents.queries.js';
import type { StrategyVersion } from '../features/documents/documents.types.js';
import '../features/documents/documents.css';
import { describeDecision } from '../features/documents/decision-text.js';
import { LockedBanner } from '../features/documents/locked-banner.js';
import { useStrategyBase, type StrategyBase } from '../features/documents/use-strategy-base.js';
import { VersionStatusTag } from '../features/documents/version-status.js';
import { actionsFor, type WorkflowAction } from '../features/documents/workflow.js';
import '../features/workspace/workspace.css';
import { useT } from '../i18n/use-t.js';

export function DocumentsVersionPage() {
  const { versionId = '' } = useParams();
  const state = useStrategyBase();
  if (state.status === 'error') return <ProblemPage error={state.error} />;
  if (state.status === 'pending') return <LoadingMessage />;
  const version = state.base.versions.find((item) => item.id === versionId);
  if (!version) return <NotFoundContent />;
  return <Version base={state.base} version={version} />;
}

/** One version: where it stands, the council's decision, the next step, reviewers' comments. */
function Version(props: { base: StrategyBase; version: StrategyVersion }) {
  const { base, version } = props;
  const { cityId, strategyId } = base.ref;
  const t = useT();
  const intl = useIntl();
  const location = useLocation();
  const [carried] = useArrivalNotice((location.state as { notice?: string } | null)?.notice);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const transition = useTransition(base.ref, version.id);
  const actionsTitle = useRef<HTMLHeadingElement>(null);
  const can = documentPermissions(base);
  useDocumentTitle(version.label);
  const index = base.versions.indexOf(version);
  const previous = base.versions[index + 1];
  const lockedByOther = base.approved !== undefined && base.approved.id !== version.id;
  const mayAct = version.status === 'approved' ? can.startCycle : can.manageVersions;
  const actions = mayAct && !lockedByOther ? actionsFor(version.status) : [];

  const step = (action: Extract<WorkflowAction, { kind: 'step' }>) => {
    if (transition.isPending) return;
    setProblem(null);
    transition.mutate(
      { to: action.to },
      {
        onSuccess: () => {
          setNotice(t(action.done, { label: version.label }));
          // The pressed button is replaced by the next step's: focus goes to the section's title.
          actionsTitle.current?.focus();
        },
        onError: (error) => setProblem(describeApiError(error, t)),
      },
    );
  };

  const decision = version.decision;
  return (
    <>
      <StatusBanner message={notice ?? carried} />
      <p className="body back-link-row">
        <Link className="link" to={versionsPath(cityId, strategyId)}>
          {t('documents.back.toVersions')}
        </Link>
      </p>
      {base.approved ? (
        <LockedBanner cityId={cityId} strategyId={strategyId} approved={base.approved} />
      ) : null}
      <PageHeading caption={base.detail.strategy.title}>
        <bdi>{version.label}</bdi>
      </PageHeading>
      <SummaryList
        rows={[
          {
            key: 'status',
            label: t('documents.versions.columnStatus'),
            value: <VersionStatusTag status={version.status} />,
          },
          {
            key: 'saved',
            label: t('documents.version.saved'),
            value: t('documents.version.savedBy', {
              name: version.createdBy?.name ?? t('documents.versions.formerMember'),
              when: intl.formatDate(version.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
            }),
          },
          ...(decision
            ? [
                {
                  key: 'decision',
                  label: t('documents.version.decision'),
                  value: describeDecision(decision, t, intl),
                },
              ]
            : []),
          ...(version.statusNote
            ? [
                {
                  key: 'note',
                  label: t('documents.version.statusNote'),
                  value: (
                    <span className="narrative-text" dir="auto">
                      {version.statusNote}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ul className="list list--bullet">
        <li>
          <Link
            className="link"
            to={documentViewPath(cityId, strategyId, { versionId: version.id })}
          >
            {t('documents.version.read')}
          </Link>
        </li>
        <li>
          <Link className="link" to={comparePath(cityId, strategyId, version.id, CURRENT)}>
            {t('documents.version.compareWithCurrent')}
          </Link>
        </li>
        {previous ? (
          <li>
            <Link className="link" to={comparePath(cityId, strategyId, previous.id, version.id)}>
              {t('documents.version.compareWithPrevious', { label: previous.label })}
            </Link>
          </li>
        ) : null}
      </ul>

      {actions.length > 0 ? (
        <section aria-labelledby="version-actions-title">
          <h2 className="heading-l" id="version-actions-title" ref={actionsTitle} tabIndex={-1}>
            {t('documents.workflow.title')}
          </h2>
          {problem ? (
            <p className="error-message" role="alert">
              <span className="visually-hidden">{t('errorSummary.prefix')}</span> {problem}
            </p>
          ) : null}
          <div className="button-group">
            {actions.map((action) =>
              action.kind === 'step' ? (
                <Button key={action.to} isInline variant="secondary" onClick={() => step(action)}>
                  {t(action.label)}
                </Button>
              ) : (
                <Link
                  key={action.page}
                  className={
                    action.page === 'return'
                      ? 'button button--secondary button--inline'
                      : 'button button--inline'
                  }
                  to={versionActionPath(cityId, strategyId, version.id, action.page)}
                >
                  {t(action.label)}
                </Link>
              ),
            )}
          </div>
        </section>
      ) : lockedByOther ? (
        <p className="body">{t('documents.workflow.lockedByOther')}</p>
      ) : version.status === 'returned' ? (
        <p className="body">{t('documents.workflow.returnedNext')}</p>
      ) : null}

      <CommentsSection
        strategyRef={base.ref}
        version={version}
        canComment={can.comment && version.status === 'in-review'}
      />
    </>
  );
}
