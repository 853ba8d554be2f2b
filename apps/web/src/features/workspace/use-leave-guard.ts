import { useEffect } from 'react';
import { useT } from '../../i18n/use-t.js';
import type { DraftStore } from './draft-store.js';
import { strategyPath } from './workspace-paths.js';
import type { StrategyRef } from './workspace-api.js';

/**
 * Leaving the strategy by a link inside the app: edits on their way are sent at once (the save
 * queue outlives the page), and edits that cannot be saved without the person (a problem to fix,
 * a conflict to settle, a refusal) make the browser ask first. Closing the tab is guarded by
 * the beforeunload warning in workspace-context.tsx.
 */
export function useLeaveGuard(store: DraftStore, ref: StrategyRef): void {
  const t = useT();
  useEffect(() => {
    const inside = strategyPath(ref.cityId, ref.strategyId);
    // Capture phase on the document runs before the router's own click handling on its root.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank') return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || isInside(url.pathname, inside)) return;
      store.flush();
      if (!store.needsPerson()) return;
      if (!window.confirm(t('workspace.leave.confirm'))) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [store, ref, t]);
}

function isInside(pathname: string, base: string): boolean {
  const decoded = decodeURI(pathname);
  const root = decodeURI(base);
  return decoded === root || decoded.startsWith(`${root}/`);
}
