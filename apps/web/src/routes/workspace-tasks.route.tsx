import { Link, useLocation } from 'react-router';
import { DocumentCard } from '../features/documents/document-links.js';
import { ApprovedVersionBanner } from '../features/documents/locked-banner.js';
import { PageHeading } from '../components/page-heading.js';
import { StatusBanner, useArrivalNotice } from '../components/status-banner.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { RestoredNotice } from '../features/workspace/section-intro.js';
import { SaveStatus } from '../features/workspace/save-status.js';
import { countCompleted, TaskList } from '../features/workspace/task-list.js';
import { useWorkspace, WorkspaceGate } from '../features/workspace/workspace-context.js';
import { dashboardsPath } from '../features/dashboards/dashboards-api.js';
import { findingsPath, strategiesPath } from '../features/workspace/workspace-paths.js';
import { useT } from '../i18n/use-t.js';

export function WorkspaceTasksPage() {
  return (
    <WorkspaceGate>
      <Tasks />
    </WorkspaceGate>
  );
}

function Tasks() {
  const t = useT();
  const location = useLocation();
  const workspace = useWorkspace();
  const { strategy } = workspace.detail;
  const { cityId, strategyId } = workspace.ref;
  const [notice] = useArrivalNotice((location.state as { notice?: string } | null)?.notice);
  useDocumentTitle(strategy.title);
  const progress = countCompleted(workspace);
  const findings = workspace.evaluation?.findings ?? [];
  const critical = findings.filter((finding) => finding.severity === 'critical').length;
  const gaps = findings.filter((finding) => finding.kind === 'gap').length;

  return (
    <>
      <StatusBanner message={notice} />
      <p className="body back-link-row">
        <Link className="link" to={strategiesPath(cityId)}>
          {t('workspace.tasks.allStrategies')}
        </Link>
      </p>
      <ApprovedVersionBanner cityId={cityId} strategyId={strategyId} />
      <RestoredNotice />
      <PageHeading
        caption={t('workspace.tasks.caption', {
          city: workspace.city.city.name,
          start: String(strategy.startYear),
          end: String(strategy.endYear),
        })}
      >
        {strategy.title}
      </PageHeading>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <p className="body-l">{t('workspace.tasks.lead')}</p>
          {strategy.status === 'archived' ? (
            <div className="inset-text">
              <p className="body">{t('workspace.tasks.archived')}</p>
            </div>
          ) : null}
          <h2 className="heading-m">{t('workspace.tasks.progress', progress)}</h2>
          <SaveStatus snapshot={workspace.snapshot} onRetry={() => workspace.store.retryNow()} />
          <TaskList />
        </div>
        <div className="grid-column-one-third">
          <section className="card card--accent" aria-labelledby="tasks-findings-title">
            <h2 className="heading-m card__title" id="tasks-findings-title">
              {t('workspace.findings.title')}
            </h2>
            <p className="body">{t('workspace.tasks.findingsCount', { gaps, critical })}</p>
            <p className="body">
              <Link className="link" to={findingsPath(cityId, strategyId)}>
                {t('workspace.tasks.openFindings')}
              </Link>
            </p>
          </section>
          <DocumentCard cityId={cityId} strategyId={strategyId} />
          <section className="card" aria-labelledby="tasks-dashboards-title">
            <h2 className="heading-m card__title" id="tasks-dashboards-title">
              {t('dashboard.heading')}
            </h2>
            <p className="body">{t('dashboard.linkLead')}</p>
            <p className="body">
              <Link className="link" to={dashboardsPath(cityId, strategyId)}>
                {t('dashboard.linkOpen')}
              </Link>
            </p>
          </section>
          <p className="body hint">
            {t('workspace.tasks.contentVersion', { version: strategy.contentVersion })}
          </p>
        </div>
      </div>
    </>
  );
}
