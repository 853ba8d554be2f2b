import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link, useLocation, useMatch } from 'react-router';
import type { Membership } from '../../api/types.js';
import { useT } from '../../i18n/use-t.js';

/**
 * Header disclosure listing the user's cities. Built on <details>, so it opens with Enter or
 * Space without extra script; it closes on Escape, on a click elsewhere and after navigating.
 */
export function CitySwitcher(props: { memberships: readonly Membership[] }) {
  const t = useT();
  const details = useRef<HTMLDetailsElement>(null);
  const location = useLocation();
  const match = useMatch('/cities/:cityId/*');
  const currentId = match?.params.cityId;
  const current = props.memberships.find((membership) => membership.cityId === currentId);

  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [location.key]);

  useEffect(() => {
    function closeWhenOutside(event: PointerEvent): void {
      const element = details.current;
      if (element?.open && event.target instanceof Node && !element.contains(event.target)) {
        element.open = false;
      }
    }
    document.addEventListener('pointerdown', closeWhenOutside);
    return () => document.removeEventListener('pointerdown', closeWhenOutside);
  }, []);

  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>): void {
    const element = details.current;
    if (event.key !== 'Escape' || !element?.open) return;
    element.open = false;
    element.querySelector('summary')?.focus();
  }

  return (
    <details className="city-switcher" ref={details} onKeyDown={closeOnEscape}>
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
            >
              <bdi>{membership.cityName}</bdi>
            </Link>
          </li>
        ))}
        <li>
          <Link className="city-switcher__link" to="/cities">
            {t('header.allCities')}
          </Link>
        </li>
      </ul>
    </details>
  );
}
