import type { Finding } from '@concord/domain/engine';
import { Button } from '../../components/button.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';
import { AcceptRiskForm } from './accept-risk-form.js';
import { FindingBody, ruleCode, SeverityTag } from './finding-body.js';
import { useWorkspace } from './workspace-context.js';
import type { AcceptedRisk } from './workspace.types.js';

const GROUPS: ReadonlyArray<{
  key: string;
  messageId: MessageId;
  test: (finding: Finding) => boolean;
}> = [
  {
    key: 'critical',
    messageId: 'workspace.findings.critical',
    test: (f) => f.severity === 'critical',
  },
  { key: 'high', messageId: 'workspace.findings.high', test: (f) => f.severity === 'high' },
  { key: 'medium', messageId: 'workspace.findings.medium', test: (f) => f.severity === 'medium' },
  { key: 'info', messageId: 'workspace.findings.info', test: (f) => f.severity === 'info' },
  {
    key: 'strength',
    messageId: 'workspace.findings.strengths',
    test: (f) => f.kind === 'strength',
  },
];

export interface FindingsListProps {
  findings: readonly Finding[];
  acceptedRisks: ReadonlyMap<string, AcceptedRisk>;
  form: FormErrors;
  savingRuleId: string | undefined;
  onAccept: (finding: Finding, justification: string) => void;
  onWithdraw: (finding: Finding) => void;
}

/** Every finding, grouped by severity (strengths last), then by section in the chapter's order. */
export function FindingsList(props: FindingsListProps) {
  const t = useT();
  const workspace = useWorkspace();
  const canAccept = workspace.detail.can.acceptRisk;

  return (
    <>
      {GROUPS.map((group) => {
        const inGroup = props.findings.filter(group.test);
        if (inGroup.length === 0) return null;
        return (
          <section key={group.key} aria-labelledby={`findings-${group.key}`}>
            <h2 className="heading-l" id={`findings-${group.key}`}>
              {t(group.messageId, { count: inGroup.length })}
            </h2>
            {workspace.compiled.sections.map((section) => {
              const inSection = inGroup.filter((finding) => finding.section === section.id);
              if (inSection.length === 0) return null;
              return (
                <div key={section.id} className="findings-section">
                  <h3 className="heading-m">{section.source.title}</h3>
                  {inSection.map((finding) => {
                    const accepted = props.acceptedRisks.get(finding.ruleId);
                    return (
                      <article
                        className="finding"
                        key={finding.ruleId}
                        id={`finding-${ruleCode(finding.ruleId)}`}
                        tabIndex={-1}
                        aria-labelledby={`finding-${ruleCode(finding.ruleId)}-title`}
                      >
                        <h4
                          className="heading-s finding__title"
                          id={`finding-${ruleCode(finding.ruleId)}-title`}
                        >
                          <SeverityTag finding={finding} /> {finding.title}
                        </h4>
                        <FindingBody finding={finding} level={5} acceptedRisk={accepted} />
                        {canAccept && finding.kind === 'gap' ? (
                          accepted ? (
                            <Button
                              variant="secondary"
                              onClick={() => props.onWithdraw(finding)}
                              aria-disabled={props.savingRuleId === finding.ruleId || undefined}
                            >
                              {t('workspace.risk.withdraw')}
                              <span className="visually-hidden"> {finding.title}</span>
                            </Button>
                          ) : (
                            <AcceptRiskForm
                              finding={finding}
                              form={props.form}
                              isSaving={props.savingRuleId === finding.ruleId}
                              onAccept={(text) => props.onAccept(finding, text)}
                            />
                          )
                        ) : null}
                      </article>
                    );
                  })}
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
