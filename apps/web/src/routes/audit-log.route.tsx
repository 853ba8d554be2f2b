import { useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { useCity } from '../features/cities/cities.queries.js';
import { AuditFiltersForm } from '../features/documents/audit-filters.js';
import { AuditTable } from '../features/documents/audit-table.js';
import { auditCsvUrl } from '../features/documents/documents-api.js';
import { auditPath } from '../features/documents/documents-paths.js';
import { useAuditPage } from '../features/documents/documents.queries.js';
import type { AuditFilters } from '../features/documents/documents.types.js';
import '../features/documents/documents.css';
import { useMembers } from '../features/members/members.queries.js';
import { useStrategies, useStrategyContent } from '../features/workspace/workspace.queries.js';
import '../features/workspace/workspace.css';
import { useLocale } from '../i18n/locale-context.js';
import { useT } from '../i18n/use-t.js';

const FILTER_NAMES = ['strategyId', 'userId', 'action', 'from', 'to'] as const;

interface PagingState {
  /** Cursors of the pages before this one, so "Previous page" can go back without the server. */
  earlier?: string[];
}

/**
 * Every change in the city, newest first, with filters, pages and a CSV download of what the
 * filters select. Pages follow the server's cursor; the cursors already seen are kept with the
 * history entry, so "Previous page" and the browser's back button agree.
 */
export function AuditLogPage() {
  const { cityId = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const t = useT();
  const { locale } = useLocale();
  const form = useFormErrors();
  const city = useCity(cityId);
  const strategies = useStrategies(cityId);
  const members = useMembers(cityId);
  const content = useStrategyContent(locale);

  const filters = useMemo(() => {
    const read: AuditFilters = {};
    for (const name of FILTER_NAMES) {
      const value = params.get(name);
      if (value) read[name] = value;
    }
    return read;
  }, [params]);
  const cursor = params.get('cursor') ?? undefined;
  const earlier = (location.state as PagingState | null)?.earlier ?? [];
  const page = useAuditPage(cityId, filters, cursor);
  useDocumentTitle(t('audit.title'), form.errors.length > 0);

  const people = useMemo(
    () => new Map((members.data ?? []).map((member) => [member.userId, member.name])),
    [members.data],
  );
  const strategyTitles = useMemo(
    () => new Map((strategies.data ?? []).map((strategy) => [strategy.id, strategy.title])),
    [strategies.data],
  );

  if (city.isError) return <ProblemPage error={city.error} />;
  if (page.isError && !page.data) return <ProblemPage error={page.error} />;
  if (city.isPending || !page.data) return <LoadingMessage />;

  const pageNumber = earlier.length + 1;
  const { entries, nextCursor } = page.data;
  return (
    <>
      <ErrorSummary form={form} />
      <PageHeading caption={city.data.city.name}>{t('audit.title')}</PageHeading>
      <p className="body-l">{t('audit.lead')}</p>
      <AuditFiltersForm
        filters={filters}
        form={form}
        clearPath={auditPath(cityId)}
        strategies={(strategies.data ?? []).map((strategy) => ({
          value: strategy.id,
          label: strategy.title,
        }))}
        people={(members.data ?? []).map((member) => ({
          value: member.userId,
          label: member.name,
        }))}
        onApply={(next) => void navigate(pagePath(next, undefined), { state: {} })}
      />
      <p className="body">
        <a className="link" href={auditCsvUrl(cityId, filters)} download>
          {t('audit.downloadCsv')}
        </a>
        <span className="hint hint--inline"> {t('audit.downloadCsvHint')}</span>
      </p>
      {entries.length === 0 ? (
        <p className="body">{pageNumber === 1 ? t('audit.none') : t('audit.noMore')}</p>
      ) : (
        <div aria-busy={page.isPlaceholderData ? true : undefined}>
          <AuditTable
            entries={entries}
            compiled={content.data?.compiled}
            people={people}
            strategyTitles={strategyTitles}
            caption={t('audit.caption', { page: pageNumber, count: entries.length })}
          />
        </div>
      )}
      <nav className="pagination" aria-label={t('audit.pagination')}>
        <ul className="pagination__list">
          {pageNumber > 1 ? (
            <li>
              <Link
                className="link pagination__link"
                to={pagePath(filters, earlier.at(-1))}
                state={{ earlier: earlier.slice(0, -1) } satisfies PagingState}
                rel="prev"
              >
                {t('audit.previous')}
              </Link>
            </li>
          ) : null}
          <li className="pagination__current">{t('audit.page', { page: pageNumber })}</li>
          {nextCursor ? (
            <li>
              <Link
                className="link pagination__link"
                to={pagePath(filters, nextCursor)}
                state={{ earlier: [...earlier, cursor ?? ''] } satisfies PagingState}
                rel="next"
              >
                {t('audit.next')}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}

function pagePath(filters: AuditFilters, cursor: string | undefined): string {
  const next = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) next.set(name, filters[name]!);
  if (cursor) next.set('cursor', cursor);
  return `?${next}`;
}
