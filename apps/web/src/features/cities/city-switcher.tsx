import { useRef } from 'react';
import { Link, useMatch } from 'react-router';
import type { Membership } from '../../api/types.js';
import { useT } from '../../i18n/use-t.js';

/** Header disclosure listing the user's cities; built on <details> so it works without extra script. */
export function CitySwitcher(props: { memberships: readonly Membership[] }) {
  const t = useT();
  const details = useRef<HTMLDetailsElement>(null);
  const match = useMatch('/cities/:cityId/*');
  const currentId = match?.params.cityId;
  const current = props.memberships.find((membership) => membership.cityId === currentId);

  function close(): void {
    if (details.current) details.current.open = false;
  }

  return (
    <details className="city-switcher" ref={details}>
      <summary className="city-switcher__toggle">
        {current ? t('header.currentCity', { city: current.cityName }) : t('header.chooseCity')}
      </summary>
      <ul className="city-switcher__list">
        {props.memberships.map((membership) => (
          <li key={membership.cityId}>
            <Link
              className="city-switcher__link"
              to={`/cities/${encodeURIComponent(membership.cityId)}`}
              aria-current={membership.cityId === currentId ? 'page' : undefined}
              onClick={close}
            >
              {membership.cityName}
            </Link>
          </li>
        ))}
        <li>
          <Link className="city-switcher__link" to="/cities" onClick={close}>
            {t('header.allCities')}
          </Link>
        </li>
      </ul>
    </details>
  );
}
