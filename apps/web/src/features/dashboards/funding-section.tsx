import { amountIn, type FundingDashboard } from '@concord/domain/engine';
import { useMemo } from 'react';
import { useT } from '../../i18n/use-t.js';
import type { BarChartSpec } from './bar-chart.types.js';
import { ChartFigure } from './chart-figure.js';
import { DashboardSection, DataTable, WarningText } from './dashboard-parts.js';
import { useDashboardFormat, type DashboardFormat } from './use-dashboard-format.js';

/** Above this share of competitive grants the work depends on winning the next call. */
const COMPETITIVE_WARNING = 0.5;

export function FundingSection(props: { id: string; funding: FundingDashboard }) {
  const t = useT();
  const format = useDashboardFormat();
  const { funding } = props;
  const currency = funding.isMixedCurrency ? null : (funding.currencies[0]?.currency ?? null);
  const money = (value: number) => format.money(value, currency);
  const { types, spec } = useMemo(() => {
    const types = funding.sourceTypes.filter((type) =>
      funding.bySourceAndYear.some((c) => c.sourceType === type.key && c.amount > 0),
    );
    const spec: BarChartSpec = {
      labels: funding.years.map(String),
      series: types.map((type) => ({
        label: type.label,
        values: funding.years.map((year) => amountIn(funding, type.key, year)),
      })),
      stacked: true,
      horizontal: false,
      formatValue: format.number,
    };
    return { types, spec };
  }, [funding, format]);

  if (funding.sources.length === 0)
    return (
      <DashboardSection id={props.id} title={t('dashboard.funding.title')}>
        <p className="body">{t('dashboard.funding.empty')}</p>
      </DashboardSection>
    );

  const largest = [...funding.bySource].sort((a, b) => b.amount - a.amount)[0];
  return (
    <DashboardSection id={props.id} title={t('dashboard.funding.title')}>
      <p className="dashboard__figure-line">
        {t('dashboard.funding.total', {
          total: money(funding.total),
          count: funding.sources.length,
        })}
      </p>
      {funding.isMixedCurrency ? (
        <WarningText>
          {t('dashboard.funding.mixedCurrency', {
            currencies: funding.currencies
              .map((c) => c.currency ?? t('dashboard.funding.noCurrency'))
              .join(', '),
          })}
        </WarningText>
      ) : null}
      <ul className="list list--bullet">
        {funding.concentration !== null && funding.equivalentSources !== null && largest ? (
          <li>
            {t('dashboard.funding.concentration', {
              index: format.index(funding.concentration),
              equivalent: format.index(funding.equivalentSources),
              largest: largest.label,
              share: format.percent(largest.share),
            })}
          </li>
        ) : null}
        {funding.competitiveShare !== null ? (
          <li>
            {t('dashboard.funding.competitive', {
              share: format.percent(funding.competitiveShare),
            })}
            {funding.competitiveShare > COMPETITIVE_WARNING
              ? ` ${t('dashboard.funding.competitiveHigh')}`
              : ''}
          </li>
        ) : null}
        {funding.uncoveredHorizonYears.length > 0 ? (
          <li>
            {t('dashboard.funding.uncoveredYears', {
              years: funding.uncoveredHorizonYears.map(String).join(', '),
            })}
          </li>
        ) : null}
      </ul>
      {types.length > 0 ? (
        <ChartFigure
          layout="stacked"
          height={320}
          spec={spec}
          table={<YearTable funding={funding} types={types} money={money} />}
        />
      ) : null}
      {funding.undated.length > 0 ? (
        <p className="body">
          {t('dashboard.funding.undated', {
            amount: money(funding.undated.reduce((sum, u) => sum + u.amount, 0)),
          })}
        </p>
      ) : null}
      <DataTable caption={t('dashboard.funding.mixCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.funding.columnSourceType')}</th>
            <th scope="col" className="table__cell--numeric">
              {t('dashboard.funding.columnAmount')}
            </th>
            <th scope="col" className="table__cell--numeric">
              {t('dashboard.funding.columnShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {funding.bySource.map((source) => (
            <tr key={source.key}>
              <th scope="row">{source.label}</th>
              <td className="table__cell--numeric">{money(source.amount)}</td>
              <td className="table__cell--numeric">{format.percent(source.share)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {funding.isMixedCurrency ? (
        <DataTable caption={t('dashboard.funding.currencyCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.funding.columnCurrency')}</th>
              <th scope="col" className="table__cell--numeric">
                {t('dashboard.funding.columnAmount')}
              </th>
              <th scope="col" className="table__cell--numeric">
                {t('dashboard.funding.columnShare')}
              </th>
            </tr>
          </thead>
          <tbody>
            {funding.currencies.map((row) => (
              <tr key={row.currency ?? ''}>
                <th scope="row">{row.currency ?? t('dashboard.funding.noCurrency')}</th>
                <td className="table__cell--numeric">{format.money(row.amount, row.currency)}</td>
                <td className="table__cell--numeric">{format.percent(row.share)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      <EndingFunding funding={funding} format={format} />
    </DashboardSection>
  );
}

function YearTable(props: {
  funding: FundingDashboard;
  types: { key: string; label: string }[];
  money: (value: number) => string;
}) {
  const t = useT();
  const { funding, types, money } = props;
  const inHorizon = (year: number) =>
    funding.horizon !== null &&
    year >= Number(funding.horizon.start.slice(0, 4)) &&
    year <= Number(funding.horizon.end.slice(0, 4));
  return (
    <DataTable caption={t('dashboard.funding.yearCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.funding.columnYear')}</th>
          {types.map((type) => (
            <th scope="col" className="table__cell--numeric" key={type.key}>
              {type.label}
            </th>
          ))}
          <th scope="col" className="table__cell--numeric">
            {t('dashboard.funding.columnTotal')}
          </th>
        </tr>
      </thead>
      <tbody>
        {funding.years.map((year) => (
          <tr key={year}>
            <th scope="row">
              {year}
              {inHorizon(year) ? (
                <span className="hint hint--inline">{t('dashboard.funding.inStrategy')}</span>
              ) : null}
            </th>
            {types.map((type) => (
              <td className="table__cell--numeric" key={type.key}>
                {money(amountIn(funding, type.key, year))}
              </td>
            ))}
            <td className="table__cell--numeric">
              {money(types.reduce((sum, type) => sum + amountIn(funding, type.key, year), 0))}
            </td>
          </tr>
        ))}
        {funding.later > 0 ? (
          <tr>
            <th scope="row">{t('dashboard.funding.later')}</th>
            <td colSpan={types.length} />
            <td className="table__cell--numeric">{money(funding.later)}</td>
          </tr>
        ) : null}
      </tbody>
    </DataTable>
  );
}

function EndingFunding(props: { funding: FundingDashboard; format: DashboardFormat }) {
  const t = useT();
  const { funding, format } = props;
  if (!funding.horizon) return <p className="body">{t('dashboard.funding.noHorizon')}</p>;
  if (funding.endingInHorizon.length === 0)
    return <p className="body">{t('dashboard.funding.noneEnding')}</p>;
  return (
    <>
      <h3 className="heading-m">{t('dashboard.funding.endingTitle')}</h3>
      <p className="body">
        {t('dashboard.funding.endingLead', { end: format.date(funding.horizon.end) })}
      </p>
      <ul className="list list--bullet">
        {funding.endingInHorizon.map((source) => (
          <li key={source.rowId}>
            {t(source.hasEnded ? 'dashboard.funding.ended' : 'dashboard.funding.ends', {
              name: source.name ?? source.sourceLabel,
              amount: format.money(source.amount, source.currency),
              date: format.date(source.endDate),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
