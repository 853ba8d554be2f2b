import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error.js';
import { describeApiError } from '../../components/describe-api-error.js';
import { LOCALE_NAMES } from '../../i18n/locales.js';
import { useT, type Translate } from '../../i18n/use-t.js';
import type { StrategyRef } from '../workspace/workspace-api.js';
import { exportFileUrl } from './documents-api.js';
import { documentViewPath } from './documents-paths.js';
import { useExportJob } from './documents.queries.js';
import type { ExportJob, ExportRequest } from './documents.types.js';
import { formatName } from './export-formats.js';

export interface StartedJob {
  key: string;
  request: ExportRequest;
  /** null until the server has accepted the job. */
  exportId: string | null;
  startError: unknown;
}

type Phase = 'starting' | 'queued' | 'running' | 'done' | 'failed';

/** One export in progress: a progress bar, then a download link or what went wrong. */
export function ExportJobRow(props: {
  strategyRef: StrategyRef;
  job: StartedJob;
  onAnnounce: (text: string) => void;
}) {
  const { job } = props;
  const t = useT();
  const labelId = useId();
  const poll = useExportJob(props.strategyRef, job.exportId ?? '', job.exportId !== null);
  const state = poll.data;
  // A poll lost to the network is tried again on the next tick; only the server's refusal ends it.
  const pollRefused = isApiError(poll.error) && poll.error.status >= 400 && poll.error.status < 500;
  const phase: Phase =
    job.startError || pollRefused
      ? 'failed'
      : job.exportId === null
        ? 'starting'
        : (state?.status ?? 'queued');
  const name = t(
    job.request.audience === 'public' && job.request.format !== 'json'
      ? 'documents.exports.jobNamePublic'
      : 'documents.exports.jobName',
    { format: t(formatName(job.request.format)), language: LOCALE_NAMES[job.request.locale] },
  );
  const failure =
    phase === 'failed' ? describeFailure(job.startError ?? poll.error, state, t) : null;
  const isPdf = job.request.format === 'pdf' || job.request.format === 'handover-pdf';
  const pdfUnavailable = isPdfUnavailable(job.startError ?? poll.error, state);
  const statusText =
    phase === 'done'
      ? t('documents.exports.ready', { name })
      : phase === 'failed'
        ? t('documents.exports.failed', { name })
        : t('documents.exports.working', { name });

  // Each change of phase is read out once, through the panel's live region.
  const { onAnnounce } = props;
  const announcedPhase = useRef<Phase | null>(null);
  useEffect(() => {
    if (announcedPhase.current === phase) return;
    announcedPhase.current = phase;
    if (phase !== 'starting' && phase !== 'running') onAnnounce(statusText);
  }, [phase, statusText, onAnnounce]);

  const progress = state?.progress;
  return (
    <li className="export-jobs__item">
      <p className="body export-jobs__name" id={labelId}>
        <strong>{name}</strong>
      </p>
      {phase === 'done' && job.exportId ? (
        <p className="body">
          <a className="link" href={exportFileUrl(props.strategyRef, job.exportId)} download>
            {t('documents.exports.download', { name })}
          </a>
        </p>
      ) : phase === 'failed' ? (
        <div className="export-jobs__failure">
          <p className="error-message">
            <span className="visually-hidden">{t('errorSummary.prefix')}</span> {failure}
          </p>
          {isPdf && pdfUnavailable ? (
            <p className="body">
              <Link
                className="link"
                to={documentViewPath(props.strategyRef.cityId, props.strategyRef.strategyId, {
                  versionId: job.request.versionId,
                })}
              >
                {t('documents.exports.openPrintView')}
              </Link>
            </p>
          ) : null}
        </div>
      ) : (
        <div className="export-jobs__progress">
          <progress
            className="export-jobs__bar"
            aria-labelledby={labelId}
            max={1}
            {...(typeof progress === 'number' && phase === 'running' ? { value: progress } : {})}
          />
          <span className="hint">
            {phase === 'running' && typeof progress === 'number'
              ? t('documents.exports.percent', { percent: Math.round(progress * 100) })
              : t('documents.exports.waiting')}
          </span>
        </div>
      )}
    </li>
  );
}

function errorCode(error: unknown, state: ExportJob | undefined): string | undefined {
  if (isApiError(error))
    return typeof error.details.code === 'string' ? error.details.code : error.code;
  return state?.error?.code;
}

function isPdfUnavailable(error: unknown, state: ExportJob | undefined): boolean {
  return errorCode(error, state) === 'pdf_unavailable';
}

function describeFailure(error: unknown, state: ExportJob | undefined, t: Translate): string {
  if (isPdfUnavailable(error, state)) return t('documents.exports.pdfUnavailable');
  if (error) return describeApiError(error, t);
  return t('documents.exports.failedGeneric');
}
