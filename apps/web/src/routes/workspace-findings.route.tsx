import type { Finding } from '@concord/domain/engine';
import { Link } from 'react-router';
import { toFormErrors } from '../components/api-form-errors.js';
import { ErrorSummary } from '../components/error-summary.js';
import { PageHeading } from '../components/page-heading.js';
import { StatusBanner, useArrivalNotice } from '../components/status-banner.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { riskFieldName } from '../features/workspace/accept-risk-form.js';
import { FindingsList } from '../features/workspace/findings-list.js';
import { useScrollToHash } from '../features/workspace/use-scroll-to-hash.js';
import { useWorkspace, WorkspaceGate } from '../features/workspace/workspace-context.js';
import { strategyPath } from '../features/workspace/workspace-paths.js';
import {
  useAcceptRisk,
  useServerEvaluation,
  useWithdrawRisk,
} from '../features/workspace/workspace.queries.js';
import { useT } from '../i18n/use-t.js';

export function WorkspaceFindingsPage() {
  return (
    <WorkspaceGate>
      <Findings />
    </WorkspaceGate>
  );
}

function Findings() {
  const t = useT();
  const workspace = useWorkspace();
  const form = useFormErrors();
  const server = useServerEvaluation(workspace.ref, workspace.locale);
  const accept = useAcceptRisk(workspace.ref);
  const withdraw = useWithdrawRisk(workspace.ref);
  const [notice, setNotice] = useArrivalNotice(null);
  const title = t('workspace.findings.title');
  useDocumentTitle(title, form.errors.length > 0);
  useScrollToHash(true);
  const { cityId, strategyId } = workspace.ref;
  // Live findings from the answers on screen; the server's evaluation of what is saved is the
  // fallback when the browser cannot run the engine (answers of another content version).
  const findings = workspace.evaluation?.findings ?? server.data?.evaluation.findings ?? [];
  const acceptedRisks = new Map(
    (server.data?.acceptedRisks ?? []).map((risk) => [risk.ruleId, risk]),
  );
  const gaps = findings.filter((finding) => finding.kind === 'gap').length;
  const hasUnsaved = workspace.snapshot.drafts.size > 0;

  function acceptRisk(finding: Finding, justification: string): void {
    form.clear();
    setNotice(null);
    accept.mutate(
      { ruleId: finding.ruleId, justification },
      {
        onSuccess: () => setNotice(t('workspace.risk.saved', { title: finding.title })),
        onError: (error) =>
          form.show(
            toFormErrors(error, [], t).map((item) => ({
              ...item,
              field: riskFieldName(finding.ruleId),
            })),
          ),
      },
    );
  }

  function withdrawRisk(finding: Finding): void {
    form.clear();
    setNotice(null);
    withdraw.mutate(finding.ruleId, {
      onSuccess: () => setNotice(t('workspace.risk.withdrawn', { title: finding.title })),
      onError: (error) => form.show(toFormErrors(error, [], t)),
    });
  }

  return (
    <>
      <StatusBanner message={notice} />
      <ErrorSummary form={form} />
      <p className="body back-link-row">
        <Link className="link" to={strategyPath(cityId, strategyId)}>
          {t('workspace.section.back')}
        </Link>
      </p>
      <PageHeading caption={workspace.detail.strategy.title}>{title}</PageHeading>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <p className="body-l">{t('workspace.findings.lead')}</p>
          <p className="body">
            {t('workspace.findings.summary', { gaps, strengths: findings.length - gaps })}
          </p>
          {hasUnsaved ? (
            <p className="body hint">{t('workspace.findings.includesUnsaved')}</p>
          ) : null}
          {server.data ? (
            <p className="body hint">
              {t('workspace.findings.server', {
                count: server.data.evaluation.findings.filter((finding) => finding.kind === 'gap')
                  .length,
              })}
            </p>
          ) : null}
        </div>
      </div>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          {findings.length === 0 ? <p className="body">{t('workspace.findings.none')}</p> : null}
          <FindingsList
            findings={findings}
            acceptedRisks={acceptedRisks}
            form={form}
            savingRuleId={
              accept.isPending
                ? accept.variables.ruleId
                : withdraw.isPending
                  ? withdraw.variables
                  : undefined
            }
            onAccept={acceptRisk}
            onWithdraw={withdrawRisk}
          />
        </div>
      </div>
    </>
  );
}
