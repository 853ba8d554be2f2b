import type { CompiledSection } from '@concord/domain/engine';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundContent } from '../components/not-found-content.js';
import { PageHeading } from '../components/page-heading.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { ApprovedVersionBanner } from '../features/documents/locked-banner.js';
import { AnswersSummary } from '../features/workspace/answers-summary.js';
import { FindingsPanel } from '../features/workspace/findings-panel.js';
import { RestoredNotice, SectionIntro } from '../features/workspace/section-intro.js';
import { SectionForm } from '../features/workspace/section-form.js';
import { useScrollToHash } from '../features/workspace/use-scroll-to-hash.js';
import { useWorkspace, WorkspaceGate } from '../features/workspace/workspace-context.js';
import {
  checkAnswersPath,
  findSectionBySlug,
  strategyPath,
} from '../features/workspace/workspace-paths.js';
import { sectionNumber } from '../features/workspace/section-nav.js';
import { useT } from '../i18n/use-t.js';

export function WorkspaceSectionPage() {
  return (
    <WorkspaceGate>
      <SectionPage />
    </WorkspaceGate>
  );
}

function SectionPage() {
  const { sectionSlug = '' } = useParams();
  const workspace = useWorkspace();
  const section = findSectionBySlug(workspace.compiled, sectionSlug);
  if (!section) return <NotFoundContent />;
  return <SectionView key={section.id} section={section} />;
}

function SectionView(props: { section: CompiledSection }) {
  const { section } = props;
  const t = useT();
  const workspace = useWorkspace();
  const [hasErrors, setHasErrors] = useState(false);
  useDocumentTitle(section.source.title, hasErrors);
  useScrollToHash(true);
  const { cityId, strategyId } = workspace.ref;
  const canEdit = workspace.canEditSection(section.id);
  const applies = section.questionIds.some((id) => workspace.applicable.has(id));

  return (
    <>
      <p className="body back-link-row">
        <Link className="link" to={strategyPath(cityId, strategyId)}>
          {t('workspace.section.back')}
        </Link>
      </p>
      <ApprovedVersionBanner cityId={cityId} strategyId={strategyId} />
      <RestoredNotice />
      <PageHeading
        caption={t('workspace.section.caption', {
          number: sectionNumber(workspace.compiled, section),
          strategy: workspace.detail.strategy.title,
        })}
      >
        {section.source.title}
      </PageHeading>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <SectionIntro section={section} canEdit={canEdit} />
          {!applies ? (
            <p className="body">{t('workspace.section.doesNotApply')}</p>
          ) : canEdit ? (
            <SectionForm section={section} onErrorsChange={setHasErrors} />
          ) : (
            <AnswersSummary section={section} canChange={false} />
          )}
          <p className="body">
            <Link className="link" to={checkAnswersPath(cityId, strategyId, section.id)}>
              {t('workspace.section.checkLink')}
            </Link>
          </p>
        </div>
        <div className="grid-column-one-third">
          <FindingsPanel sectionId={section.id} />
        </div>
      </div>
    </>
  );
}
