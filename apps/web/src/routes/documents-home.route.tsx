import { selectLabels, STRATEGY_CHAPTER_KEYS } from '@concord/domain/document';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { TableRegion } from '../components/table-region.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { documentPermissions } from '../features/documents/document-permissions.js';
import {
  auditPath,
  chapterEditPath,
  documentViewPath,
  versionsPath,
} from '../features/documents/documents-paths.js';
import { useNarrative } from '../features/documents/documents.queries.js';
import type { NarrativeResponse } from '../features/documents/documents.types.js';
import '../features/documents/documents.css';
import { ExportsPanel } from '../features/documents/exports-panel.js';
import { LockedBanner } from '../features/documents/locked-banner.js';
import { VersionStatusTag } from '../features/documents/version-status.js';
import { useStrategyBase, type StrategyBase } from '../features/documents/use-strategy-base.js';
import { strategyPath } from '../features/workspace/workspace-paths.js';
import '../features/workspace/workspace.css';
import { useLocale } from '../i18n/locale-context.js';
import { useT } from '../i18n/use-t.js';

export function DocumentsHomePage() {
  const { cityId = '', strategyId = '' } = useParams();
  const state = useStrategyBase();
  const narrative = useNarrative({ cityId, strategyId });
  if (state.status === 'error') return <ProblemPage error={state.error} />;
  if (narrative.isError) return <ProblemPage error={narrative.error} />;
  if (state.status === 'pending' || !narrative.data) return <LoadingMessage />;
  return <DocumentHome base={state.base} narrative={narrative.data} />;
}

/** The document's home: its chapters and their text, reading and printing, exports, versions. */
function DocumentHome(props: { base: StrategyBase; narrative: NarrativeResponse }) {
  const { base } = props;
  const { cityId, strategyId } = base.ref;
  const t = useT();
  const intl = useIntl();
  const { locale } = useLocale();
  const captionId = useId();
  const labels = selectLabels(locale);
  const can = documentPermissions(base);
  const latest = base.versions[0];
  useDocumentTitle(t('documents.home.title'));

  return (
    <>
      <p className="body back-link-row">
        <Link className="link" to={strategyPath(cityId, strategyId)}>
          {t('documents.back.toStrategy')}
        </Link>
      </p>
      {base.approved ? (
        <LockedBanner cityId={cityId} strategyId={strategyId} approved={base.approved} />
      ) : null}
      <PageHeading caption={base.detail.strategy.title}>{t('documents.home.title')}</PageHeading>
      <p className="body-l">{t('documents.home.lead')}</p>

      <h2 className="heading-l">{t('documents.home.chaptersTitle')}</h2>
      <p className="body">
        {props.narrative.canEdit
          ? t('documents.home.chaptersLead')
          : t('documents.home.chaptersReadOnly')}
      </p>
      <TableRegion labelledBy={captionId}>
        <table className="table">
          <caption className="visually-hidden" id={captionId}>
            {t('documents.home.chaptersCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('documents.home.columnChapter')}</th>
              <th scope="col">{t('documents.home.columnText')}</th>
            </tr>
          </thead>
          <tbody>
            {STRATEGY_CHAPTER_KEYS.map((key, index) => {
              const chapter = props.narrative.chapters[key];
              const hasText = Boolean(chapter?.text.trim());
              return (
                <tr key={key}>
                  <th scope="row">
                    <Link className="link" to={chapterEditPath(cityId, strategyId, key)}>
                      {t('documents.home.chapterName', {
                        number: index + 1,
                        title: labels.chapters[key],
                      })}
                    </Link>
                  </th>
                  <td>
                    {hasText && chapter?.updatedAt
                      ? t('documents.home.written', {
                          name: chapter.updatedBy?.name ?? t('workspace.conflict.someone'),
                          when: intl.formatDate(chapter.updatedAt, { dateStyle: 'medium' }),
                        })
                      : t('documents.home.notWritten')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>

      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <h2 className="heading-l">{t('documents.home.readTitle')}</h2>
          <p className="body">{t('documents.home.readLead')}</p>
          <ul className="list list--bullet">
            <li>
              <Link className="link" to={documentViewPath(cityId, strategyId)}>
                {t('documents.home.readCouncil')}
              </Link>
            </li>
            <li>
              <Link
                className="link"
                to={documentViewPath(cityId, strategyId, { audience: 'public' })}
              >
                {t('documents.home.readPublic')}
              </Link>
            </li>
          </ul>
          {can.export ? <ExportsPanel strategyRef={base.ref} versions={base.versions} /> : null}
        </div>
        <div className="grid-column-one-third">
          <section className="card card--accent" aria-labelledby="document-versions-title">
            <h2 className="heading-m card__title" id="document-versions-title">
              {t('documents.versions.title')}
            </h2>
            <p className="body">
              {latest ? (
                <>
                  {t('documents.home.latestVersion', { label: latest.label })}{' '}
                  <VersionStatusTag status={latest.status} />
                </>
              ) : (
                t('documents.home.noVersions')
              )}
            </p>
            <p className="body">
              <Link className="link" to={versionsPath(cityId, strategyId)}>
                {t('documents.home.openVersions')}
              </Link>
            </p>
          </section>
          {can.viewAudit ? (
            <section className="card" aria-labelledby="document-audit-title">
              <h2 className="heading-m card__title" id="document-audit-title">
                {t('audit.title')}
              </h2>
              <p className="body">{t('documents.home.auditLead')}</p>
              <p className="body">
                <Link className="link" to={auditPath(cityId, strategyId)}>
                  {t('documents.home.openAudit')}
                </Link>
              </p>
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
