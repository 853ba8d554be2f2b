import { Link, useSearchParams } from 'react-router';
import { describeApiError } from '../components/describe-api-error.js';
import { LoadingMessage } from '../components/loading-message.js';
import { NotFoundContent } from '../components/not-found-content.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { CompareView } from '../features/documents/compare-view.js';
import { CURRENT } from '../features/documents/documents-api.js';
import { versionsPath } from '../features/documents/documents-paths.js';
import { useCompare } from '../features/documents/documents.queries.js';
import type { StrategyVersion } from '../features/documents/documents.types.js';
import '../features/documents/documents.css';
import { useStrategyBase, type StrategyBase } from '../features/documents/use-strategy-base.js';
import { useStrategyContent } from '../features/workspace/workspace.queries.js';
import '../features/workspace/workspace.css';
import { useLocale } from '../i18n/locale-context.js';
import { useT } from '../i18n/use-t.js';

export function DocumentsComparePage() {
  const t = useT();
  const [params] = useSearchParams();
  const state = useStrategyBase();
  if (state.status === 'error') return <ProblemPage error={state.error} />;
  if (state.status === 'pending') return <LoadingMessage />;
  const find = (id: string | null): Side | undefined =>
    id === CURRENT
      ? { id: CURRENT, label: t('documents.compare.currentLabel') }
      : state.base.versions.find((version) => version.id === id);
  const older = find(params.get('a'));
  const newer = find(params.get('b'));
  if (!older || !newer || older.id === newer.id) return <NotFoundContent />;
  return <Compare base={state.base} older={older} newer={newer} />;
}

/** One side of a comparison: a version, or the strategy as it is now. */
type Side = Pick<StrategyVersion, 'id' | 'label'>;

function Compare(props: { base: StrategyBase; older: Side; newer: Side }) {
  const { base, older, newer } = props;
  const { cityId, strategyId } = base.ref;
  const t = useT();
  const { locale } = useLocale();
  const comparison = useCompare(base.ref, older.id, newer.id);
  const content = useStrategyContent(locale);
  const title =
    newer.id === CURRENT
      ? t('documents.compare.pageTitleCurrent', { older: older.label })
      : t('documents.compare.pageTitle', { older: older.label, newer: newer.label });
  useDocumentTitle(title);

  const failed = comparison.isError ? comparison.error : content.isError ? content.error : null;
  return (
    <>
      <p className="body back-link-row">
        <Link className="link" to={versionsPath(cityId, strategyId)}>
          {t('documents.back.toVersions')}
        </Link>
      </p>
      <PageHeading caption={base.detail.strategy.title}>{title}</PageHeading>
      {failed ? (
        <p className="body">{describeApiError(failed, t)}</p>
      ) : comparison.data && content.data ? (
        <CompareView
          comparison={comparison.data}
          older={older}
          newer={newer}
          compiled={content.data.compiled}
        />
      ) : (
        <LoadingMessage />
      )}
    </>
  );
}
