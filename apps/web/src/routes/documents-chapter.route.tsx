import { selectLabels, STRATEGY_CHAPTER_KEYS } from '@concord/domain/document';
import { Link, useParams } from 'react-router';
import { LoadingMessage } from '../components/loading-message.js';
import { NotFoundContent } from '../components/not-found-content.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { ChapterEditor } from '../features/documents/chapter-editor.js';
import { chapterEditPath, documentPath } from '../features/documents/documents-paths.js';
import { useNarrative } from '../features/documents/documents.queries.js';
import type {
  NarrativeResponse,
  StrategyChapterKey,
} from '../features/documents/documents.types.js';
import '../features/documents/documents.css';
import { LockedBanner } from '../features/documents/locked-banner.js';
import { NarrativePreview } from '../features/documents/narrative-preview.js';
import { useNarrativeStore } from '../features/documents/narrative-store.js';
import { useStrategyBase, type StrategyBase } from '../features/documents/use-strategy-base.js';
import {
  useUnsavedChangesWarning,
  WorkspaceGate,
} from '../features/workspace/workspace-context.js';
import { useDraftSnapshot } from '../features/workspace/draft-store-registry.js';
import '../features/workspace/workspace.css';
import { useLocale } from '../i18n/locale-context.js';
import { useT } from '../i18n/use-t.js';

export function DocumentsChapterPage() {
  const { cityId = '', strategyId = '', chapterKey = '' } = useParams();
  const state = useStrategyBase();
  const narrative = useNarrative({ cityId, strategyId });
  if (!isChapterKey(chapterKey)) return <NotFoundContent />;
  // Inside the workspace gate: the long-text box checks wording against the content's word lists
  // and the strategy's glossary, which the gate loads.
  if (state.status === 'error') return <ProblemPage error={state.error} />;
  if (narrative.isError) return <ProblemPage error={narrative.error} />;
  if (state.status === 'pending' || !narrative.data) return <LoadingMessage />;
  return (
    <WorkspaceGate>
      <Chapter base={state.base} narrative={narrative.data} chapterKey={chapterKey} />
    </WorkspaceGate>
  );
}

function isChapterKey(value: string): value is StrategyChapterKey {
  return (STRATEGY_CHAPTER_KEYS as readonly string[]).includes(value);
}

function Chapter(props: {
  base: StrategyBase;
  narrative: NarrativeResponse;
  chapterKey: StrategyChapterKey;
}) {
  const { base, chapterKey } = props;
  const { cityId, strategyId } = base.ref;
  const t = useT();
  const { locale } = useLocale();
  const labels = selectLabels(locale);
  const title = labels.chapters[chapterKey];
  const store = useNarrativeStore(base.ref, base.me.user.id);
  const snapshot = useDraftSnapshot(store);
  useUnsavedChangesWarning(store);
  useDocumentTitle(t('documents.narrative.pageTitle', { chapter: title }));
  const index = STRATEGY_CHAPTER_KEYS.indexOf(chapterKey);
  const next = STRATEGY_CHAPTER_KEYS[index + 1];
  const stored = props.narrative.chapters[chapterKey];

  return (
    <>
      <p className="body back-link-row">
        <Link className="link" to={documentPath(cityId, strategyId)}>
          {t('documents.back.toDocument')}
        </Link>
      </p>
      {base.approved ? (
        <LockedBanner cityId={cityId} strategyId={strategyId} approved={base.approved} />
      ) : null}
      <PageHeading
        caption={t('documents.narrative.caption', {
          strategy: base.detail.strategy.title,
          number: index + 1,
        })}
      >
        {title}
      </PageHeading>
      <p className="body-l">{t('documents.narrative.lead')}</p>
      {props.narrative.canEdit ? (
        <ChapterEditor
          chapterKey={chapterKey}
          chapterTitle={title}
          stored={stored}
          store={store}
          snapshot={snapshot}
        />
      ) : (
        <>
          <div className="inset-text">
            <p className="body">
              {base.approved
                ? t('documents.narrative.readOnlyLocked')
                : t('documents.narrative.readOnly')}
            </p>
          </div>
          <NarrativePreview text={stored?.text ?? ''} chapterTitle={title} />
        </>
      )}
      <nav className="chapter-pager" aria-label={t('documents.narrative.pager')}>
        {next ? (
          <Link className="link" to={chapterEditPath(cityId, strategyId, next)}>
            {t('documents.narrative.next', { chapter: labels.chapters[next] })}
          </Link>
        ) : null}
        <Link className="link" to={documentPath(cityId, strategyId)}>
          {t('documents.narrative.allChapters')}
        </Link>
      </nav>
    </>
  );
}
