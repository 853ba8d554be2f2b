import { useEffect, useState, type ReactNode } from 'react';
import { SuccessBanner } from './notification-banner.js';

/**
 * The page's polite live region for "saved" messages. It is on the page from the first render and
 * the message is put into it afterwards, so screen readers read the message out; the same element
 * is the visible green banner, so sighted users and tests see the text once.
 */
export function StatusBanner(props: { message: ReactNode | null }) {
  return (
    <div className="status-region" role="status" aria-live="polite" aria-atomic="true">
      {props.message ? <SuccessBanner>{props.message}</SuccessBanner> : null}
    </div>
  );
}

/**
 * A message carried over from the previous page (for example "X has been removed"), shown only
 * after the first paint so that the live region announces it.
 */
export function useArrivalNotice(carried: string | null | undefined) {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!carried) return;
    // After the empty region has been painted, or assistive technology may miss the change.
    const frame = requestAnimationFrame(() => setNotice(carried));
    return () => cancelAnimationFrame(frame);
  }, [carried]);
  return [notice, setNotice] as const;
}
