import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import type { CityDetail } from '../api/types.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { TableRegion } from '../components/table-region.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { useCity } from '../features/cities/cities.queries.js';
import { ImportStrategyLink } from '../features/documents/document-links.js';
import { CreateStrategyForm } from '../features/workspace/create-strategy-form.js';
import { strategyPath } from '../features/workspace/workspace-paths.js';
import { useStrategies } from '../features/workspace/workspace.queries.js';
import type { Strategy } from '../features/workspace/workspace.types.js';
import { useT } from '../i18n/use-t.js';
import '../features/workspace/workspace.css';

export function WorkspaceStrategiesPage() {
  const { cityId = '' } = useParams();
  const city = useCity(cityId);
  const strategies = useStrategies(cityId);
  if (city.isPending || strategies.isPending) return <LoadingMessage />;
  if (city.isError) return <ProblemPage error={city.error} />;
  if (strategies.isError) return <ProblemPage error={strategies.error} />;
  return <Strategies detail={city.data} strategies={strategies.data} />;
}

/** A city's strategy cycles, newest first, and (for those who may) a form to start a new one. */
function Strategies(props: { detail: CityDetail; strategies: Strategy[] }) {
  const { city, role } = props.detail;
  const t = useT();
  const intl = useIntl();
  const form = useFormErrors();
  const captionId = useId();
  useDocumentTitle(t('workspace.strategies.title'), form.errors.length > 0);
  const canCreate = role === 'city-admin' || role === 'coordinator';
  const strategies = [...props.strategies].sort((a, b) => b.startYear - a.startYear);

  return (
    <>
      <ErrorSummary form={form} />
      <PageHeading caption={city.name}>{t('workspace.strategies.title')}</PageHeading>
      <p className="body-l">{t('workspace.strategies.lead')}</p>
      {strategies.length === 0 ? (
        <p className="body">{t('workspace.strategies.none')}</p>
      ) : (
        <TableRegion labelledBy={captionId}>
          <table className="table">
            <caption className="table__caption" id={captionId}>
              {t('workspace.strategies.caption', { city: city.name, count: strategies.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('workspace.strategies.columnTitle')}</th>
                <th scope="col">{t('workspace.strategies.columnPeriod')}</th>
                <th scope="col">{t('workspace.strategies.columnUpdated')}</th>
              </tr>
            </thead>
            <tbody>
              {strategies.map((strategy) => (
                <tr key={strategy.id}>
                  <th scope="row">
                    <Link className="link" to={strategyPath(city.id, strategy.id)}>
                      <bdi>{strategy.title}</bdi>
                    </Link>
                  </th>
                  <td>
                    {t('workspace.strategies.period', {
                      start: String(strategy.startYear),
                      end: String(strategy.endYear),
                    })}
                  </td>
                  <td>{intl.formatDate(strategy.updatedAt, { dateStyle: 'medium' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {canCreate ? (
        <div className="grid-row">
          <div className="grid-column-two-thirds">
            <h2 className="heading-l">{t('workspace.strategies.newTitle')}</h2>
            <p className="body">{t('workspace.strategies.newLead')}</p>
            <CreateStrategyForm cityId={city.id} form={form} />
            <ImportStrategyLink cityId={city.id} />
          </div>
        </div>
      ) : (
        <p className="body">{t('workspace.strategies.onlyCoordinators')}</p>
      )}
    </>
  );
}
