import { useCallback, useId, useRef, useState } from 'react';
import type { Locale } from '../../api/types.js';
import { Button } from '../../components/button.js';
import { SelectField } from '../../components/select-field.js';
import { useLocale } from '../../i18n/locale-context.js';
import { LOCALE_NAMES, SUPPORTED_LOCALES } from '../../i18n/locales.js';
import { useT } from '../../i18n/use-t.js';
import type { StrategyRef } from '../workspace/workspace-api.js';
import type { Audience, ExportFormat, StrategyVersion } from './documents.types.js';
import { ExportJobRow, type StartedJob } from './export-job-row.js';
import { FORMATS } from './export-formats.js';
import { useStartExport } from './documents.queries.js';
import { statusMessageId } from './version-status.js';

/**
 * Buttons that start an export on the server; each job then shows its progress and, when ready,
 * a download link. Jobs run in a worker on the server and are polled here, so the page stays
 * usable (and other exports can start) while one is being made.
 */
export function ExportsPanel(props: { strategyRef: StrategyRef; versions: StrategyVersion[] }) {
  const t = useT();
  const { locale: pageLocale } = useLocale();
  const titleId = useId();
  const [locale, setLocale] = useState<Locale>(pageLocale);
  const [versionId, setVersionId] = useState('');
  const [audience, setAudience] = useState<Audience>('council');
  const [jobs, setJobs] = useState<StartedJob[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const start = useStartExport(props.strategyRef);
  const jobCount = useRef(0);

  const announce = useCallback((text: string) => setAnnouncement(text), []);

  const begin = (format: ExportFormat) => {
    jobCount.current += 1;
    const key = `${jobCount.current}-${format}`;
    const request = { format, locale, audience, versionId: versionId || undefined };
    setJobs((current) => [{ key, request, exportId: null, startError: null }, ...current]);
    start.mutate(request, {
      onSuccess: (job) =>
        setJobs((current) =>
          current.map((item) => (item.key === key ? { ...item, exportId: job.exportId } : item)),
        ),
      onError: (error) =>
        setJobs((current) =>
          current.map((item) => (item.key === key ? { ...item, startError: error } : item)),
        ),
    });
  };

  const versionLabel = (version: StrategyVersion) =>
    t('documents.exports.versionOption', {
      label: version.label,
      status: t(statusMessageId(version.status)),
    });

  return (
    <section className="exports-panel" aria-labelledby={titleId}>
      <h2 className="heading-l" id={titleId}>
        {t('documents.exports.title')}
      </h2>
      <p className="body">{t('documents.exports.lead')}</p>
      <div className="exports-panel__options">
        <SelectField
          id="export-locale"
          label={t('documents.exports.language')}
          value={locale}
          onChange={(event) => setLocale(event.currentTarget.value as Locale)}
          options={SUPPORTED_LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
        />
        <SelectField
          id="export-audience"
          label={t('documents.view.audience')}
          value={audience}
          onChange={(event) =>
            setAudience(event.currentTarget.value === 'public' ? 'public' : 'council')
          }
          options={[
            { value: 'council', label: t('documents.view.audienceCouncil') },
            { value: 'public', label: t('documents.exports.audiencePublic') },
          ]}
        />
        <SelectField
          id="export-version"
          label={t('documents.exports.version')}
          hint={t('documents.exports.versionHint')}
          value={versionId}
          onChange={(event) => setVersionId(event.currentTarget.value)}
          options={[
            { value: '', label: t('documents.exports.defaultText') },
            ...props.versions.map((version) => ({
              value: version.id,
              label: versionLabel(version),
            })),
          ]}
        />
      </div>
      <ul className="exports-panel__formats">
        {FORMATS.map((info) => (
          <li className="exports-panel__format" key={info.format}>
            <Button
              variant="secondary"
              isInline
              onClick={() => begin(info.format)}
              aria-describedby={`export-hint-${info.format}`}
            >
              {t('documents.exports.create', { format: t(info.name) })}
            </Button>
            <p className="hint exports-panel__hint" id={`export-hint-${info.format}`}>
              {t(info.hint)}
            </p>
          </li>
        ))}
      </ul>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {jobs.length > 0 ? (
        <>
          <h3 className="heading-m">{t('documents.exports.jobsTitle')}</h3>
          <ul className="export-jobs">
            {jobs.map((job) => (
              <ExportJobRow
                key={job.key}
                strategyRef={props.strategyRef}
                job={job}
                onAnnounce={announce}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
