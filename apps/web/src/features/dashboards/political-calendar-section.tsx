import type { CalendarEvent, CalendarStatus, PoliticalCalendar } from '@concord/domain/engine';
import { HANDOVER_LEAD_MONTHS } from '@concord/domain/engine';
import { useT, type Translate } from '../../i18n/use-t.js';
import { DashboardSection, DataTable, NoValue, WarningText } from './dashboard-parts.js';
import { useDashboardFormat } from './use-dashboard-format.js';

function eventName(event: CalendarEvent, t: Translate): string {
  const office = event.subject ?? t('dashboard.calendar.unnamedOffice');
  switch (event.kind) {
    case 'strategy-starts':
      return t('dashboard.calendar.strategyStarts');
    case 'strategy-ends':
      return t('dashboard.calendar.strategyEnds');
    case 'election':
      return t('dashboard.calendar.election', { office });
    case 'term-ends':
      return t('dashboard.calendar.termEnds', { office });
    case 'handover-due':
      return t('dashboard.calendar.handoverDue', { office });
    case 'report-due':
      return event.subject
        ? t('dashboard.calendar.reportDueTo', { recipient: event.subject })
        : t('dashboard.calendar.reportDue');
  }
}

function statusName(status: CalendarStatus, t: Translate): string {
  switch (status) {
    case 'past':
      return t('dashboard.calendar.statusPast');
    case 'due-now':
      return t('dashboard.calendar.statusDueNow');
    case 'upcoming':
      return t('dashboard.calendar.statusUpcoming');
  }
}

export function PoliticalCalendarSection(props: {
  id: string;
  calendar: PoliticalCalendar;
  today: string;
}) {
  const t = useT();
  const format = useDashboardFormat();
  const { calendar } = props;
  const nextHandover = calendar.terms
    .filter((term) => term.handoverDue && term.handoverStatus !== 'past')
    .sort((a, b) => a.handoverDue!.localeCompare(b.handoverDue!))[0];

  return (
    <DashboardSection id={props.id} title={t('dashboard.calendar.title')}>
      <p className="body">{t('dashboard.calendar.lead', { months: HANDOVER_LEAD_MONTHS })}</p>
      {nextHandover ? (
        <p className="dashboard__figure-line">
          {t(
            nextHandover.handoverStatus === 'due-now'
              ? 'dashboard.calendar.nextHandoverNow'
              : 'dashboard.calendar.nextHandover',
            {
              office: nextHandover.office ?? t('dashboard.calendar.unnamedOffice'),
              date: format.date(nextHandover.handoverDue!),
              change: format.date(nextHandover.changeDate!),
            },
          )}
        </p>
      ) : null}
      {calendar.terms.length > 0 && calendar.handoverBriefing !== 'yes' ? (
        <WarningText>{t('dashboard.calendar.noBriefing')}</WarningText>
      ) : null}
      {calendar.events.length === 0 ? (
        <p className="body">{t('dashboard.calendar.empty')}</p>
      ) : (
        <DataTable caption={t('dashboard.calendar.tableCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.calendar.columnDate')}</th>
              <th scope="col">{t('dashboard.calendar.columnWhat')}</th>
              <th scope="col">{t('dashboard.calendar.columnPeriod')}</th>
              <th scope="col">{t('dashboard.calendar.columnStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {calendar.events.map((event) => (
              <tr key={event.id} className={`calendar-row calendar-row--${event.status}`}>
                <th scope="row" className="dashboard__nowrap">
                  <time dateTime={event.date}>{format.date(event.date)}</time>
                </th>
                <td>{eventName(event, t)}</td>
                <td>
                  {event.withinHorizon === null ? (
                    <NoValue label={t('dashboard.calendar.periodUnknown')} />
                  ) : event.withinHorizon ? (
                    t('dashboard.calendar.inPeriod')
                  ) : (
                    t('dashboard.calendar.outsidePeriod')
                  )}
                </td>
                <td>
                  <span className={`dashboard-tag dashboard-tag--${event.status}`}>
                    {statusName(event.status, t)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {calendar.reporting.length > 0 ? (
        <DataTable caption={t('dashboard.calendar.reportingCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.calendar.columnMandate')}</th>
              <th scope="col">{t('dashboard.calendar.columnSchedule')}</th>
              <th scope="col">{t('dashboard.calendar.columnRecipient')}</th>
              <th scope="col">{t('dashboard.calendar.columnNextDates')}</th>
            </tr>
          </thead>
          <tbody>
            {calendar.reporting.map((duty) => (
              <tr key={duty.rowId}>
                <th scope="row" className="table__cell--break">
                  {duty.mandate ?? t('dashboard.calendar.unnamedMandate')}
                </th>
                <td>{duty.dutyLabel}</td>
                <td>{duty.reportingTo ?? <NoValue label={t('dashboard.calendar.notSaid')} />}</td>
                <td>
                  <NextDates dates={duty.dueDates} today={props.today} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </DashboardSection>
  );
}

/** The next three report dates from today; past ones are in the calendar above. */
function NextDates(props: { dates: string[]; today: string }) {
  const t = useT();
  const format = useDashboardFormat();
  if (props.dates.length === 0) return <>{t('dashboard.calendar.noReportDate')}</>;
  const next = props.dates.filter((date) => date >= props.today).slice(0, 3);
  if (next.length === 0) return <>{t('dashboard.calendar.noMoreReports')}</>;
  return <>{next.map(format.date).join(', ')}</>;
}
