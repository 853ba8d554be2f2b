import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t.js';
import { describeDecision } from './decision-text.js';
import { versionPath } from './documents-paths.js';
import { useVersions } from './documents.queries.js';
import type { StrategyVersion } from './documents.types.js';
import { findApproved } from './use-strategy-base.js';
import './locked-banner.css';

/**
 * Says, wherever the strategy can be edited, that an approved version has locked it, which
 * version and decision, and where to go next (a new cycle starts from it).
 */
export function LockedBanner(props: {
  cityId: string;
  strategyId: string;
  approved: StrategyVersion;
}) {
  const t = useT();
  const intl = useIntl();
  const { approved } = props;
  const decision = approved.decision;
  return (
    <div
      className="notification-banner locked-banner"
      role="region"
      aria-labelledby="locked-banner-title"
    >
      <div className="notification-banner__header">
        <h2 className="notification-banner__title" id="locked-banner-title">
          {t('documents.locked.title')}
        </h2>
      </div>
      <div className="notification-banner__content">
        <p className="notification-banner__heading">
          {decision
            ? t('documents.locked.leadDecision', {
                label: approved.label,
                decision: describeDecision(decision, t, intl),
              })
            : t('documents.locked.lead', { label: approved.label })}
        </p>
        <p className="body">{t('documents.locked.readOnly')}</p>
        <p className="body">
          <Link className="link" to={versionPath(props.cityId, props.strategyId, approved.id)}>
            {t('documents.locked.open')}
          </Link>
        </p>
      </div>
    </div>
  );
}

/** The banner for pages outside this feature (the workspace): loads the versions itself. */
export function ApprovedVersionBanner(props: { cityId: string; strategyId: string }) {
  const versions = useVersions({ cityId: props.cityId, strategyId: props.strategyId });
  const approved = versions.data ? findApproved(versions.data) : undefined;

  if (!approved) return null;
  return <LockedBanner cityId={props.cityId} strategyId={props.strategyId} approved={approved} />;
}
