import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Links from findings and Change links point at a question (`#q-...`). The router does not
 * scroll to fragments, so the page does it, and moves focus there for keyboard users. Runs
 * after the heading has taken focus on arrival, so the question wins.
 */
export function useScrollToHash(isReady: boolean): void {
  const location = useLocation();
  useEffect(() => {
    if (!isReady || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [isReady, location.key, location.hash]);
}
