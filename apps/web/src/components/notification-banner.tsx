import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.js';

/** Green banner confirming that something worked (screen readers hear it via the live region). */
export function SuccessBanner(props: { children: ReactNode }) {
  const t = useT();
  const titleId = useId();
  return (
    <div
      className="notification-banner notification-banner--success"
      role="region"
      aria-labelledby={titleId}
    >
      <div className="notification-banner__header">
        <h2 className="notification-banner__title" id={titleId}>
          {t('banner.success')}
        </h2>
      </div>
      <div className="notification-banner__content">
        <p className="notification-banner__heading">{props.children}</p>
      </div>
    </div>
  );
}
