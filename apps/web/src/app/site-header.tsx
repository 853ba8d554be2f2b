import { Link, NavLink, useMatch } from 'react-router';
import { useT } from '../i18n/use-t.js';
import { CitySwitcher } from '../features/cities/city-switcher.js';
import { LanguageSwitcher } from '../features/locale/language-switcher.js';
import { SignOutButton } from '../features/session/sign-out-button.js';
import { useMe } from '../features/session/session.queries.js';

export function SiteHeader() {
  const t = useT();
  const me = useMe();
  const cityMatch = useMatch('/cities/:cityId/*');
  const cityId = cityMatch?.params.cityId;
  const session = me.data;

  return (
    <>
      <header className="header">
        <div className="width-container header__container">
          <Link to="/" className="header__logo">
            <svg className="header__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="12" cy="16" r="7" />
              <circle cx="20" cy="16" r="7" />
            </svg>
            <span className="header__name">Concord</span>
          </Link>
          <LanguageSwitcher />
        </div>
      </header>
      {session ? (
        <nav className="service-nav" aria-label={t('header.serviceNav')}>
          <div className="width-container service-nav__container">
            <ul className="service-nav__list">
              {session.memberships.length > 0 ? (
                <li className="service-nav__item">
                  <CitySwitcher memberships={session.memberships} />
                </li>
              ) : null}
              {cityId ? (
                <>
                  <li className="service-nav__item">
                    <NavLink
                      className="service-nav__link"
                      to={`/cities/${encodeURIComponent(cityId)}`}
                      end
                    >
                      {t('header.cityOverview')}
                    </NavLink>
                  </li>
                  <li className="service-nav__item">
                    <NavLink
                      className="service-nav__link"
                      to={`/cities/${encodeURIComponent(cityId)}/members`}
                    >
                      {t('header.members')}
                    </NavLink>
                  </li>
                </>
              ) : null}
            </ul>
            <ul className="service-nav__list service-nav__list--end">
              {session.user.isNetworkAdmin && session.memberships.length === 0 ? (
                <li className="service-nav__item">
                  <NavLink className="service-nav__link" to="/cities" end>
                    {t('header.cities')}
                  </NavLink>
                </li>
              ) : null}
              {session.user.isNetworkAdmin ? (
                <li className="service-nav__item">
                  <NavLink className="service-nav__link" to="/admin/cities">
                    {t('header.adminCities')}
                  </NavLink>
                </li>
              ) : null}
              <li className="service-nav__item">
                <NavLink className="service-nav__link" to="/account">
                  {t('header.account')}
                </NavLink>
              </li>
              <li className="service-nav__item">
                <SignOutButton />
              </li>
            </ul>
          </div>
        </nav>
      ) : null}
    </>
  );
}
