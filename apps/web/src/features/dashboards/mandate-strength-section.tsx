import type { MandateStrength } from '@concord/domain/engine';
import { useMemo } from 'react';
import { useT } from '../../i18n/use-t.js';
import { wrapLabel, type BarChartSpec } from './bar-chart.types.js';
import { ChartFigure } from './chart-figure.js';
import { DashboardSection, DataTable } from './dashboard-parts.js';
import { useDashboardFormat } from './use-dashboard-format.js';

export function MandateStrengthSection(props: { id: string; strength: MandateStrength }) {
  const t = useT();
  const format = useDashboardFormat();
  const { strength } = props;
  const met = strength.reasons.filter((r) => r.met).length;
  const spec = useMemo(
    (): BarChartSpec => ({
      labels: strength.reasons.map((r) => wrapLabel(r.text)),
      series: [
        {
          label: t('dashboard.mandate.pointsGained'),
          values: strength.reasons.map((r) => (r.met ? r.points : 0)),
          color: '#00703c',
        },
        {
          label: t('dashboard.mandate.pointsNotGained'),
          values: strength.reasons.map((r) => (r.met ? 0 : r.points)),
          color: '#b1b4b6',
        },
      ],
      stacked: true,
      horizontal: true,
      formatValue: format.number,
      integerTicks: true,
    }),
    [strength, t, format],
  );

  return (
    <DashboardSection id={props.id} title={t('dashboard.mandate.title')}>
      {strength.score === null ? (
        <p className="body">{t('dashboard.mandate.noScore')}</p>
      ) : (
        <>
          <p className="dashboard__figure-line">
            {t('dashboard.mandate.score', { score: strength.score, max: strength.max })}
          </p>
          <p className="body">
            {strength.pointsOpen === 0
              ? t('dashboard.mandate.summaryFull', { met, total: strength.reasons.length })
              : t('dashboard.mandate.summary', {
                  met,
                  total: strength.reasons.length,
                  open: strength.pointsOpen,
                })}
          </p>
          <MandateBasis strength={strength} />
          <ChartFigure
            layout="stacked"
            height={Math.max(240, strength.reasons.length * 62)}
            spec={spec}
            table={
              <DataTable caption={t('dashboard.mandate.tableCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.mandate.columnCriterion')}</th>
                    <th scope="col" className="table__cell--numeric">
                      {t('dashboard.mandate.columnPoints')}
                    </th>
                    <th scope="col">{t('dashboard.mandate.columnMet')}</th>
                  </tr>
                </thead>
                <tbody>
                  {strength.reasons.map((reason) => (
                    <tr key={reason.text}>
                      <th scope="row" className="dashboard__row-text">
                        {reason.text}
                      </th>
                      <td className="table__cell--numeric">{format.number(reason.points)}</td>
                      <td>
                        <span
                          className={`dashboard-tag dashboard-tag--${reason.met ? 'met' : 'open'}`}
                        >
                          {reason.met ? t('dashboard.mandate.met') : t('dashboard.mandate.notMet')}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            }
          />
        </>
      )}
    </DashboardSection>
  );
}

function MandateBasis(props: { strength: MandateStrength }) {
  const t = useT();
  const labelled = props.strength.mandates.filter((m) => m.sourceLabel !== null);
  if (labelled.length === 0) return <p className="body">{t('dashboard.mandate.noMandates')}</p>;
  return (
    <>
      <p className="body">{t('dashboard.mandate.basedOn')}</p>
      <ul className="list list--bullet">
        {labelled.map((mandate) => (
          <li key={mandate.rowId}>
            {mandate.sourceLabel}
            {mandate.natureLabel ? (
              <span className="hint hint--inline">{mandate.natureLabel}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
