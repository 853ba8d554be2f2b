import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadingMessage } from '../../components/loading-message.js';
import { NotFoundContent } from '../../components/not-found-content.js';
import { PageHeading } from '../../components/page-heading.js';
import { ProblemPage } from '../../components/problem-page.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import { useT } from '../../i18n/use-t.js';
import { versionPath } from './documents-paths.js';
import type { StrategyVersion } from './documents.types.js';
import { useStrategyBase, type StrategyBase } from './use-strategy-base.js';

/**
 * A step a coordinator takes on one version (approve it, return it, start a new cycle from it):
 * loads the strategy, finds the version named in the address, and answers "page not found" when
 * the step does not apply to it, so a stale link cannot offer a step the server would refuse.
 */
export function VersionStepPage(props: {
  isAvailable: (version: StrategyVersion, base: StrategyBase) => boolean;
  children: (base: StrategyBase, version: StrategyVersion) => ReactNode;
}) {
  const { versionId = '' } = useParams();
  const state = useStrategyBase();
  if (state.status === 'error') return <ProblemPage error={state.error} />;
  if (state.status === 'pending') return <LoadingMessage />;
  const version = state.base.versions.find((item) => item.id === versionId);
  if (!version || !props.isAvailable(version, state.base)) return <NotFoundContent />;
  return <>{props.children(state.base, version)}</>;
}

/** Approve and return both answer a version the council has in hand; coordinators give it. */
export const isAwaitingDecision = (version: StrategyVersion, base: StrategyBase) =>
  version.status === 'submitted' && base.can.manage;

/** The frame of a version step: its errors, the way back to the version, heading and lead. */
export function VersionStepLayout(props: {
  base: StrategyBase;
  version: StrategyVersion;
  form: FormErrors;
  title: string;
  lead: string;
  children: ReactNode;
}) {
  const { base, version } = props;
  const t = useT();
  return (
    <>
      <ErrorSummary form={props.form} />
      <p className="body back-link-row">
        <Link className="link" to={versionPath(base.ref.cityId, base.ref.strategyId, version.id)}>
          {t('documents.back.toVersion', { label: version.label })}
        </Link>
      </p>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <PageHeading caption={version.label}>{props.title}</PageHeading>
          <p className="body-l">{props.lead}</p>
          {props.children}
        </div>
      </div>
    </>
  );
}
