import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { TableRegion } from '../components/table-region.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useCities } from '../features/cities/cities.queries.js';
import { countryName } from '../features/cities/display-names.js';
import { roleName } from '../features/members/role-labels.js';
import { useMe } from '../features/session/session.queries.js';
import { useT } from '../i18n/use-t.js';

export function CitiesPage() {
  const t = useT();
  const intl = useIntl();
  const captionId = useId();
  const me = useMe();
  const cities = useCities();
  const isNetworkAdmin = me.data?.user.isNetworkAdmin === true;
  const title = isNetworkAdmin ? t('cities.titleNetwork') : t('cities.title');
  useDocumentTitle(title);

  if (cities.isPending) return <LoadingMessage />;
  if (cities.isError) return <ProblemPage error={cities.error} />;

  return (
    <>
      <PageHeading>{title}</PageHeading>
      {cities.data.length === 0 ? (
        <>
          <p className="body">{t('cities.none')}</p>
          {isNetworkAdmin ? (
            <p className="body">
              <Link className="link" to="/admin/cities">
                {t('cities.addFirst')}
              </Link>
            </p>
          ) : (
            <p className="body">{t('cities.askInvite')}</p>
          )}
        </>
      ) : (
        <>
          <p className="body">{t('cities.lead', { count: cities.data.length })}</p>
          <TableRegion labelledBy={captionId}>
            <table className="table">
              <caption className="table__caption visually-hidden" id={captionId}>
                {title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('cities.columnCity')}</th>
                  <th scope="col">{t('cities.columnCountry')}</th>
                  <th scope="col">{t('cities.columnRole')}</th>
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
                    <td>{city.role ? roleName(city.role, t) : t('cities.notMember')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </>
  );
}
