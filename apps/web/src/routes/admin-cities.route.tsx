import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { City } from '../api/types.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { StatusBanner } from '../components/status-banner.js';
import { NotFoundContent } from '../components/not-found-content.js';
import { PageHeading } from '../components/page-heading.js';
import { TableRegion } from '../components/table-region.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { CreateCityForm } from '../features/admin/create-city-form.js';
import { useCities } from '../features/cities/cities.queries.js';
import { countryName, languageList } from '../features/cities/display-names.js';
import { useMe } from '../features/session/session.queries.js';
import { useT } from '../i18n/use-t.js';

export function AdminCitiesPage() {
  const me = useMe();
  // Network administration is not advertised to anyone else.
  if (!me.data?.user.isNetworkAdmin) return <NotFoundContent />;
  return <AdminCities />;
}

function AdminCities() {
  const t = useT();
  const intl = useIntl();
  const captionId = useId();
  const form = useFormErrors();
  const cities = useCities();
  const [created, setCreated] = useState<City | null>(null);
  useDocumentTitle(t('adminCities.title'), form.errors.length > 0);

  function showCreated(city: City): void {
    form.clear();
    setCreated(city);
  }

  return (
    <>
      <StatusBanner
        message={
          created ? (
            <>
              {t('adminCities.created', { city: created.name })}{' '}
              <Link className="link" to={`/cities/${encodeURIComponent(created.id)}`}>
                {t('adminCities.open', { city: created.name })}
              </Link>
            </>
          ) : null
        }
      />
      <ErrorSummary form={form} />
      <PageHeading caption={t('adminCities.caption')}>{t('adminCities.title')}</PageHeading>
      <p className="body-l">{t('adminCities.lead')}</p>
      <h2 className="heading-l">{t('adminCities.listTitle')}</h2>
      {cities.isPending ? <LoadingMessage /> : null}
      {cities.isError ? <p className="body">{t('adminCities.loadFailed')}</p> : null}
      {cities.data && cities.data.length === 0 ? (
        <p className="body">{t('adminCities.empty')}</p>
      ) : null}
      {cities.data && cities.data.length > 0 ? (
        <TableRegion labelledBy={captionId}>
          <table className="table">
            <caption className="table__caption visually-hidden" id={captionId}>
              {t('adminCities.listCaption', { count: cities.data.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('adminCities.columnName')}</th>
                <th scope="col">{t('adminCities.columnCountry')}</th>
                <th scope="col">{t('adminCities.columnLanguages')}</th>
                <th scope="col">{t('adminCities.columnTimeZone')}</th>
              </tr>
            </thead>
            <tbody>
              {cities.data.map((city) => (
                <tr key={city.id}>
                  <th scope="row">
                    <Link className="link" to={`/cities/${encodeURIComponent(city.id)}`}>
                      <bdi>{city.name}</bdi>
                    </Link>
                  </th>
                  <td>{countryName(city.country, intl)}</td>
                  <td>{languageList(city.languages, intl)}</td>
                  <td>{city.timeZone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <h2 className="heading-l">{t('adminCities.addTitle')}</h2>
          <p className="body">{t('adminCities.addLead')}</p>
          <CreateCityForm form={form} onCreated={showCreated} />
        </div>
      </div>
    </>
  );
}
