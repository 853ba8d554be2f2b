import { Link, useParams } from 'react-router';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { strategyHomePath } from '../features/dashboards/dashboards-api.js';
import { useDashboardData, type DashboardData } from '../features/dashboards/dashboards.queries.js';
import '../features/dashboards/dashboards.css';
import { FundingSection } from '../features/dashboards/funding-section.js';
import { LeadModelsSection } from '../features/dashboards/lead-models-section.js';
import { MandateStrengthSection } from '../features/dashboards/mandate-strength-section.js';
import { PoliticalCalendarSection } from '../features/dashboards/political-calendar-section.js';
import { ResourceMatrixSection } from '../features/dashboards/resource-matrix-section.js';
import { StakeholderNetworkSection } from '../features/dashboards/stakeholder-network-section.js';
import { useDashboardFormat } from '../features/dashboards/use-dashboard-format.js';
import { useLocale } from '../i18n/locale-context.js';
import type { MessageId } from '../i18n/load-messages.js';
import { useT } from '../i18n/use-t.js';

const SECTIONS: readonly { id: string; title: MessageId }[] = [
  { id: 'dashboard-mandate', title: 'dashboard.mandate.title' },
  { id: 'dashboard-resources', title: 'dashboard.resources.title' },
  { id: 'dashboard-funding', title: 'dashboard.funding.title' },
  { id: 'dashboard-lead', title: 'dashboard.lead.title' },
  { id: 'dashboard-network', title: 'dashboard.network.title' },
  { id: 'dashboard-calendar', title: 'dashboard.calendar.title' },
];

export function DashboardsPage() {
  const { cityId = '', strategyId = '' } = useParams();
  const { locale } = useLocale();
  const data = useDashboardData({ cityId, strategyId }, locale);
  if (data.status === 'pending') return <LoadingMessage />;
  if (data.status === 'error') return <ProblemPage error={data.error} />;
  if (data.status === 'version-mismatch') return <VersionMismatch />;
  return <Dashboards cityId={cityId} data={data} />;
}

function Dashboards(props: { cityId: string; data: Extract<DashboardData, { status: 'ready' }> }) {
  const t = useT();
  const format = useDashboardFormat();
  const { strategy, dashboards, today } = props.data;
  const home = strategyHomePath(props.cityId, strategy.id);
  useDocumentTitle(t('dashboard.documentTitle', { strategy: strategy.title }));

  return (
    <>
      <p className="body">
        <Link className="link" to={home}>
          {t('dashboard.backToStrategy')}
        </Link>
      </p>
      <PageHeading caption={strategy.title}>{t('dashboard.heading')}</PageHeading>
      <p className="body-l">{t('dashboard.intro', { date: format.date(today) })}</p>
      <nav className="dashboard-contents" aria-labelledby="dashboard-contents-title">
        <h2 className="heading-m" id="dashboard-contents-title">
          {t('dashboard.contents')}
        </h2>
        <ul className="list list--bullet">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a className="link" href={`#${section.id}`}>
                {t(section.title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <MandateStrengthSection id="dashboard-mandate" strength={dashboards.mandateStrength} />
      <ResourceMatrixSection id="dashboard-resources" matrix={dashboards.resourceMatrix} />
      <FundingSection id="dashboard-funding" funding={dashboards.fundingMix} />
      <LeadModelsSection
        id="dashboard-lead"
        comparison={dashboards.leadModels}
        questionPath={`${home}/sections/institutionalisation`}
      />
      <StakeholderNetworkSection id="dashboard-network" network={dashboards.stakeholderNetwork} />
      <PoliticalCalendarSection
        id="dashboard-calendar"
        calendar={dashboards.politicalCalendar}
        today={today}
      />
    </>
  );
}

function VersionMismatch() {
  const t = useT();
  useDocumentTitle(t('dashboard.heading'));
  return (
    <>
      <PageHeading>{t('dashboard.heading')}</PageHeading>
      <p className="body">{t('dashboard.versionMismatch')}</p>
    </>
  );
}
