import { lazy, Suspense, type ReactNode } from 'react';
import { useLocale } from '../../i18n/locale-context.js';
import { directionOf } from '../../i18n/locales.js';
import type { BarChartSpec } from './bar-chart.types.js';

const BarChartCanvas = lazy(() => import('./bar-chart-canvas.js'));

/**
 * A chart with its data table beside it (below it on narrow screens, or when the table is
 * wide). The table is rendered at once and is what screen readers read; the chart arrives
 * with its library a moment later and is hidden from them.
 */
export function ChartFigure(props: {
  spec: BarChartSpec;
  /** Canvas height in pixels; bar charts need a fixed box to lay themselves out. */
  height: number;
  table: ReactNode;
  layout: 'beside' | 'stacked';
}) {
  const { locale } = useLocale();
  return (
    <div className={`dashboard-figure dashboard-figure--${props.layout}`}>
      <div className="dashboard-figure__chart" style={{ blockSize: `${props.height}px` }}>
        <Suspense fallback={null}>
          <BarChartCanvas spec={props.spec} rtl={directionOf(locale) === 'rtl'} />
        </Suspense>
      </div>
      <div className="dashboard-figure__table">{props.table}</div>
    </div>
  );
}
