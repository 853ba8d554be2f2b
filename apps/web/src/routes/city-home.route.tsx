import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import type { CityDetail } from '../api/types.js';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { SummaryList } from '../components/summary-list.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useCity } from '../features/cities/cities.queries.js';
import { countryName, languageList } from '../features/cities/display-names.js';
import { useMembers } from '../features/members/members.queries.js';
import { roleDescription, roleName } from '../features/members/role-labels.js';
import { useT } from '../i18n/use-t.js';

export function CityHomePage() {
  const { cityId = '' } = useParams();
  const city = useCity(cityId);
  if (city.isPending) return <LoadingMessage />;
  if (city.isError) return <ProblemPage error={city.error} />;
  return <CityHome detail={city.data} />;
}

function CityHome(props: { detail: CityDetail }) {
  const { city, role, can } = props.detail;
  const t = useT();
  const intl = useIntl();
  const members = useMembers(city.id);
  useDocumentTitle(city.name);
  const membersPath = `/cities/${encodeURIComponent(city.id)}/members`;

  return (
    <>
      <PageHeading caption={t('city.caption')}>
        <bdi>{city.name}</bdi>
      </PageHeading>
      <p className="body-l">
        {role ? t('city.yourRole', { role: roleName(role, t) }) : t('city.networkAdminView')}
      </p>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <section className="card" aria-labelledby="city-details-title">
            <h2 className="heading-m card__title" id="city-details-title">
              {t('city.detailsTitle')}
            </h2>
            <SummaryList
              rows={[
                {
                  key: 'country',
                  label: t('city.country'),
                  value: countryName(city.country, intl),
                },
                {
                  key: 'languages',
                  label: t('city.languages'),
                  value: languageList(city.languages, intl),
                },
                { key: 'timeZone', label: t('city.timeZone'), value: city.timeZone },
                {
                  key: 'role',
                  label: t('city.role'),
                  value: role ? (
                    <>
                      {roleName(role, t)}
                      <span className="hint hint--inline">{roleDescription(role, t)}</span>
                    </>
                  ) : (
                    t('city.noRole')
                  ),
                },
              ]}
            />
          </section>
        </div>
        <div className="grid-column-one-third">
          {can.view ? (
            <section className="card card--accent" aria-labelledby="city-strategy-title">
              <h2 className="heading-m card__title" id="city-strategy-title">
                {t('workspace.cityCard.title')}
              </h2>
              <p className="body">{t('workspace.cityCard.lead')}</p>
              <p className="body">
                <Link className="link" to={`/cities/${encodeURIComponent(city.id)}/strategies`}>
                  {t('workspace.cityCard.open')}
                </Link>
              </p>
            </section>
          ) : null}
          {can.view ? (
            <section className="card card--accent" aria-labelledby="city-people-title">
              <h2 className="heading-m card__title" id="city-people-title">
                {t('city.peopleTitle')}
              </h2>
              <p className="body">
                {members.data
                  ? t('city.memberCount', { count: members.data.length })
                  : t('common.loading')}
              </p>
              <p className="body">
                <Link className="link" to={membersPath}>
                  {can.manageMembers ? t('city.manageMembers') : t('city.viewMembers')}
                </Link>
              </p>
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
