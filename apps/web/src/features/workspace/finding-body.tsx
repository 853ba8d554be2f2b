import type { Finding } from '@concord/domain/engine';
import { createElement, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t.js';
import { FindingTrace } from './finding-trace.js';
import { useCitationLabels } from './question-hint.js';
import { useWorkspace } from './workspace-context.js';
import type { AcceptedRisk } from './workspace.types.js';

type HeadingLevel = 3 | 4 | 5;

function SubHeading(props: { level: HeadingLevel; children: ReactNode }) {
  return createElement(`h${props.level}`, { className: 'heading-s' }, props.children);
}

/**
 * Everything a finding says about itself: why it matters, the answers behind it, what to do,
 * the guide section it rests on and how other places handled it.
 */
export function FindingBody(props: {
  finding: Finding;
  level: HeadingLevel;
  acceptedRisk?: AcceptedRisk | undefined;
}) {
  const { finding, level } = props;
  const t = useT();
  const { compiled } = useWorkspace();
  const citationLabels = useCitationLabels();
  const examples = finding.examples
    .map((id) => compiled.examples.get(id))
    .filter((example) => example !== undefined);

  return (
    <>
      {props.acceptedRisk ? <AcceptedRiskNote risk={props.acceptedRisk} /> : null}
      <p className="body">{finding.why}</p>
      <SubHeading level={level}>{t('workspace.finding.because')}</SubHeading>
      <FindingTrace finding={finding} />
      <SubHeading level={level}>
        {finding.kind === 'gap' ? t('workspace.finding.actions') : t('workspace.finding.keepUp')}
      </SubHeading>
      <ul className="list list--bullet">
        {finding.actions.map((action) => (
          <li key={action}>{action}</li>
        ))}
      </ul>
      <p className="body finding__cite">
        {t('workspace.guide.cited', { sections: citationLabels(finding.cites).join('; ') })}
      </p>
      {examples.length > 0 ? (
        <>
          <SubHeading level={level}>{t('workspace.finding.examples')}</SubHeading>
          <ul className="list finding__examples">
            {examples.map((example) => (
              <li key={example.id}>
                <span className="finding__place">
                  {example.place
                    ? t('workspace.finding.place', {
                        place: example.place,
                        country: example.country,
                      })
                    : example.country}
                </span>{' '}
                {example.summary}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function AcceptedRiskNote(props: { risk: AcceptedRisk }) {
  const t = useT();
  const intl = useIntl();
  const { risk } = props;
  return (
    <div className="inset-text accepted-risk">
      <p className="body accepted-risk__title">
        {risk.acceptedBy
          ? t('workspace.risk.acceptedBy', {
              name: risk.acceptedBy.name,
              date: intl.formatDate(risk.acceptedAt, { dateStyle: 'long' }),
            })
          : t('workspace.risk.accepted', {
              date: intl.formatDate(risk.acceptedAt, { dateStyle: 'long' }),
            })}
      </p>
      <p className="body accepted-risk__text">{risk.justification}</p>
    </div>
  );
}

export const SEVERITY_LABELS = {
  critical: 'workspace.severity.critical',
  high: 'workspace.severity.high',
  medium: 'workspace.severity.medium',
  info: 'workspace.severity.info',
} as const;

/** The coloured label of a finding; its words carry the meaning, never the colour alone. */
export function SeverityTag(props: { finding: Finding }) {
  const t = useT();
  const { finding } = props;
  if (finding.kind === 'strength')
    return <strong className="tag tag--green">{t('workspace.severity.strength')}</strong>;
  const severity = finding.severity ?? 'info';
  return (
    <strong className={`tag tag--severity-${severity}`}>{t(SEVERITY_LABELS[severity])}</strong>
  );
}

/** `strategy:rule:MAN-01` -> `MAN-01`, for anchors and short references. */
export function ruleCode(ruleId: string): string {
  return ruleId.slice(ruleId.lastIndexOf(':') + 1);
}
