import { Link } from 'react-router';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { PhaseTag, titleOf, useFormatDay } from '../features/participation/consultation-labels.js';
import { LanguageFindingsPanel } from '../features/participation/language-findings-panel.js';
import {
  consultationPath,
  newConsultationPath,
  sensitiveAnswersPath,
} from '../features/participation/participation-paths.js';
import { useConsultations } from '../features/participation/participation.queries.js';
import { useWorkspace, WorkspaceGate } from '../features/workspace/workspace-context.js';
import { strategyPath } from '../features/workspace/workspace-paths.js';
import { useT } from '../i18n/use-t.js';

export function ParticipationOverviewPage() {
  return (
    <WorkspaceGate>
      <Overview />
    </WorkspaceGate>
  );
}

function Overview() {
  const t = useT();
  const workspace = useWorkspace();
  const { cityId, strategyId } = workspace.ref;
  const consultations = useConsultations(workspace.ref);
  const title = t('participation.overview.title');
  useDocumentTitle(title);
  const canManage = workspace.detail.can.manage;
  const formatDay = useFormatDay();

  return (
    <>
      <p className="body back-link-row">
        <Link className="link" to={strategyPath(cityId, strategyId)}>
          {t('workspace.section.back')}
        </Link>
      </p>
      <PageHeading caption={workspace.detail.strategy.title}>{title}</PageHeading>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <p className="body-l">{t('participation.overview.lead')}</p>
          {canManage ? (
            <div className="button-group">
              <Link className="button" to={newConsultationPath(cityId, strategyId)}>
                {t('participation.overview.start')}
              </Link>
              <Link className="link" to={sensitiveAnswersPath(cityId, strategyId)}>
                {t('participation.overview.sensitive')}
              </Link>
            </div>
          ) : null}

          <h2 className="heading-l">{t('participation.overview.consultations')}</h2>
          {consultations.isPending ? <LoadingMessage /> : null}
          {consultations.data?.length === 0 ? (
            <p className="body">{t('participation.overview.none')}</p>
          ) : null}
          {consultations.data && consultations.data.length > 0 ? (
            <div
              className="table-region"
              role="region"
              aria-labelledby="consultations-caption"
              tabIndex={0}
            >
              <table className="table">
                <caption className="table__caption visually-hidden" id="consultations-caption">
                  {t('participation.overview.consultations')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('participation.overview.colTitle')}</th>
                    <th scope="col">{t('participation.overview.colStatus')}</th>
                    <th scope="col">{t('participation.overview.colDates')}</th>
                    <th scope="col">{t('participation.overview.colWaiting')}</th>
                  </tr>
                </thead>
                <tbody>
                  {consultations.data.map((consultation) => (
                    <tr key={consultation.id}>
                      <th scope="row">
                        <Link
                          className="link"
                          to={consultationPath(cityId, strategyId, consultation.id)}
                        >
                          <bdi>{titleOf(consultation, workspace.locale)}</bdi>
                        </Link>
                      </th>
                      <td>
                        <PhaseTag phase={consultation.phase} />
                      </td>
                      <td>
                        {t('participation.overview.dates', {
                          opens: formatDay(consultation.opensOn),
                          closes: formatDay(consultation.closesOn),
                        })}
                      </td>
                      <td>{consultation.comments.pending}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}

          <h2 className="heading-l">{t('participation.language.title')}</h2>
          <p className="body">{t('participation.language.lead')}</p>
          <LanguageFindingsPanel
            strategyRef={workspace.ref}
            locale={workspace.locale}
            compiled={workspace.compiled}
          />
        </div>
      </div>
    </>
  );
}
