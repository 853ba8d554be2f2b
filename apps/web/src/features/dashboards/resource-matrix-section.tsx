import { findCell, type ResourceMatrix, type ResourceStatus } from '@concord/domain/engine';
import { useMemo } from 'react';
import { useT, type Translate } from '../../i18n/use-t.js';
import type { BarChartSpec } from './bar-chart.types.js';
import { ChartFigure } from './chart-figure.js';
import { DashboardSection, DataTable, NoValue } from './dashboard-parts.js';
import { useDashboardFormat } from './use-dashboard-format.js';

const STATUSES: readonly ResourceStatus[] = ['existing', 'both', 'new', 'unspecified'];
const STATUS_COLOURS: Record<ResourceStatus, string> = {
  existing: '#007a5e',
  both: '#0072b2',
  new: '#c45a00',
  unspecified: '#8a8d8f',
};

export function statusName(status: ResourceStatus, t: Translate): string {
  switch (status) {
    case 'existing':
      return t('dashboard.resources.statusExisting');
    case 'new':
      return t('dashboard.resources.statusNew');
    case 'both':
      return t('dashboard.resources.statusBoth');
    case 'unspecified':
      return t('dashboard.resources.statusUnspecified');
  }
}

export function ResourceMatrixSection(props: { id: string; matrix: ResourceMatrix }) {
  const t = useT();
  const format = useDashboardFormat();
  const { matrix } = props;
  const { counts, shownStatuses, spec } = useMemo(() => {
    const counts = matrix.types.map((type) =>
      STATUSES.map(
        (status) => matrix.cells.filter((c) => c.type === type.slug && c.status === status).length,
      ),
    );
    const shownStatuses = STATUSES.filter((_, s) => counts.some((row) => row[s]! > 0));
    const spec: BarChartSpec = {
      labels: matrix.types.map((type) => type.label),
      series: shownStatuses.map((status) => ({
        label: statusName(status, t),
        values: counts.map((row) => row[STATUSES.indexOf(status)]!),
        color: STATUS_COLOURS[status],
      })),
      stacked: true,
      horizontal: true,
      formatValue: format.number,
      integerTicks: true,
    };
    return { counts, shownStatuses, spec };
  }, [matrix, t, format]);
  const uncovered = matrix.types.filter((type) => matrix.uncoveredTypes.includes(type.slug));

  return (
    <DashboardSection id={props.id} title={t('dashboard.resources.title')}>
      {matrix.departments.length === 0 ? (
        <p className="body">{t('dashboard.resources.empty')}</p>
      ) : (
        <>
          <p className="body">
            {t('dashboard.resources.summary', { count: matrix.departments.length })}{' '}
            {uncovered.length === 0
              ? t('dashboard.resources.allCovered')
              : t('dashboard.resources.uncovered', {
                  types: uncovered.map((type) => type.label).join(', '),
                })}{' '}
            {matrix.newOnly > 0
              ? t('dashboard.resources.newOnly', { count: matrix.newOnly })
              : null}
          </p>
          <ChartFigure
            layout="beside"
            height={Math.max(220, matrix.types.length * 56)}
            spec={spec}
            table={
              <DataTable caption={t('dashboard.resources.countsCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.resources.columnType')}</th>
                    {shownStatuses.map((status) => (
                      <th scope="col" className="table__cell--numeric" key={status}>
                        {statusName(status, t)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {matrix.types.map((type, index) => (
                    <tr key={type.slug}>
                      <th scope="row">{type.label}</th>
                      {shownStatuses.map((status) => (
                        <td className="table__cell--numeric" key={status}>
                          {format.number(counts[index]![STATUSES.indexOf(status)]!)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            }
          />
          <MatrixTable matrix={matrix} />
        </>
      )}
    </DashboardSection>
  );
}

function MatrixTable(props: { matrix: ResourceMatrix }) {
  const t = useT();
  const { matrix } = props;
  return (
    <DataTable caption={t('dashboard.resources.matrixCaption')} className="matrix-table">
      <thead>
        <tr>
          <th scope="col">{t('dashboard.resources.columnDepartment')}</th>
          {matrix.types.map((type) => (
            <th scope="col" key={type.slug}>
              {type.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.departments.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="table__cell--break">
              {row.label}
              {row.kind === 'partner' ? (
                <span className="hint hint--inline">{t('dashboard.resources.partner')}</span>
              ) : null}
              {row.exists === 'no' ? (
                <span className="hint hint--inline">{t('dashboard.resources.notInCity')}</span>
              ) : null}
              {row.focalPointRole ? (
                <span className="hint hint--inline">
                  {t('dashboard.resources.focalPoint', { role: row.focalPointRole })}
                </span>
              ) : null}
            </th>
            {matrix.types.map((type) => {
              const cell = findCell(matrix, row.key, type.slug);
              return (
                <td
                  key={type.slug}
                  className={cell ? `matrix-cell matrix-cell--${cell.status}` : 'matrix-cell'}
                >
                  {cell ? (
                    statusName(cell.status, t)
                  ) : (
                    <NoValue label={t('dashboard.resources.none')} />
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
