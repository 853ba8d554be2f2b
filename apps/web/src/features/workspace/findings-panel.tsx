import { useId } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t.js';
import { FindingBody, ruleCode, SeverityTag } from './finding-body.js';
import { useAcceptedRisks } from './use-accepted-risks.js';
import { useWorkspace } from './workspace-context.js';
import { findingsPath } from './workspace-paths.js';

/**
 * The findings of one section, recomputed in the browser on every change; the count is a polite
 * live region, so a screen-reader user hears when an answer adds or clears a finding.
 */
export function FindingsPanel(props: { sectionId: string }) {
  const t = useT();
  const workspace = useWorkspace();
  const titleId = useId();
  const acceptedRisks = useAcceptedRisks();
  const findings = (workspace.evaluation?.findings ?? []).filter(
    (finding) => finding.section === props.sectionId,
  );
  const gaps = findings.filter((finding) => finding.kind === 'gap').length;
  const strengths = findings.length - gaps;

  return (
    <aside className="findings-panel" aria-labelledby={titleId}>
      <h2 className="heading-m findings-panel__title" id={titleId}>
        {t('workspace.panel.title')}
      </h2>
      <p className="body findings-panel__count" role="status" aria-live="polite" aria-atomic="true">
        {workspace.evaluation
          ? t('workspace.panel.count', { gaps, strengths })
          : t('workspace.panel.unavailable')}
      </p>
      <p className="hint">{t('workspace.panel.live')}</p>
      {findings.map((finding) => (
        <details className="details finding-details" key={finding.ruleId}>
          <summary className="details__summary">
            <SeverityTag finding={finding} />{' '}
            <span className="details__summary-text">{finding.title}</span>
          </summary>
          <div className="details__text">
            <FindingBody
              finding={finding}
              level={3}
              acceptedRisk={acceptedRisks.get(finding.ruleId)}
            />
            <p className="body">
              <Link
                className="link"
                to={`${findingsPath(workspace.ref.cityId, workspace.ref.strategyId)}#finding-${ruleCode(finding.ruleId)}`}
              >
                {t('workspace.panel.open')}
                <span className="visually-hidden"> {finding.title}</span>
              </Link>
            </p>
          </div>
        </details>
      ))}
      <p className="body">
        <Link className="link" to={findingsPath(workspace.ref.cityId, workspace.ref.strategyId)}>
          {t('workspace.panel.all')}
        </Link>
      </p>
    </aside>
  );
}
