import type { CompiledSection } from '@concord/domain/engine';
import { Link, useParams } from 'react-router';
import { NotFoundContent } from '../components/not-found-content.js';
import { PageHeading } from '../components/page-heading.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { AnswersSummary } from '../features/workspace/answers-summary.js';
import { SaveStatus } from '../features/workspace/save-status.js';
import { nextSection } from '../features/workspace/section-nav.js';
import { useWorkspace, WorkspaceGate } from '../features/workspace/workspace-context.js';
import {
  findingsPath,
  findSectionBySlug,
  sectionPath,
  strategyPath,
} from '../features/workspace/workspace-paths.js';
import { useT } from '../i18n/use-t.js';

export function WorkspaceCheckPage() {
  return (
    <WorkspaceGate>
      <CheckPage />
    </WorkspaceGate>
  );
}

function CheckPage() {
  const { sectionSlug = '' } = useParams();
  const workspace = useWorkspace();
  const section = findSectionBySlug(workspace.compiled, sectionSlug);
  if (!section) return <NotFoundContent />;
  return <CheckAnswers section={section} />;
}

/** GOV.UK "check your answers" for one section, with its live findings counted below. */
function CheckAnswers(props: { section: CompiledSection }) {
  const { section } = props;
  const t = useT();
  const workspace = useWorkspace();
  const { cityId, strategyId } = workspace.ref;
  const title = t('workspace.check.title', { section: section.source.title });
  useDocumentTitle(title);
  const canEdit = workspace.canEditSection(section.id);
  const next = nextSection(workspace.compiled, section);
  const questionIds = section.questionIds.filter((id) => workspace.applicable.has(id));
  const findings = (workspace.evaluation?.findings ?? []).filter(
    (finding) => finding.section === section.id && finding.kind === 'gap',
  );

  return (
    <>
      <p className="body back-link-row">
        <Link className="link" to={sectionPath(cityId, strategyId, section.id)}>
          {t('workspace.check.back', { section: section.source.title })}
        </Link>
      </p>
      <PageHeading caption={workspace.detail.strategy.title}>{title}</PageHeading>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <SaveStatus
            snapshot={workspace.snapshot}
            questionIds={questionIds}
            onRetry={() => workspace.store.retryNow()}
          />
          <AnswersSummary section={section} canChange={canEdit} />
          <h2 className="heading-m">{t('workspace.check.findingsTitle')}</h2>
          <p className="body">
            {t('workspace.check.findings', { count: findings.length })}{' '}
            <Link className="link" to={findingsPath(cityId, strategyId)}>
              {t('workspace.panel.all')}
            </Link>
          </p>
          <div className="button-group">
            {next ? (
              <Link className="button button--link" to={sectionPath(cityId, strategyId, next.id)}>
                {t('workspace.check.next', { section: next.source.title })}
              </Link>
            ) : null}
            <Link className="link" to={strategyPath(cityId, strategyId)}>
              {t('workspace.section.back')}
            </Link>
          </div>
        </div>
      </div>
    </>
  );
}
