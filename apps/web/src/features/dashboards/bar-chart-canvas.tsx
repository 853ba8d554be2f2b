// Loaded on demand (React.lazy): chart.js never reaches the first load. Only the pieces a bar
// chart needs are registered, so the rest of chart.js is left out of the bundle.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { BarChartSpec } from './bar-chart.types.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/**
 * Colours told apart with the common kinds of colour blindness (Okabe and Ito's palette,
 * darkened where needed for 3:1 contrast against white). The data table beside each chart
 * carries the same figures in text, so no reader depends on the colours.
 */
export const SERIES_COLOURS = [
  '#0072b2',
  '#c45a00',
  '#007a5e',
  '#a8467f',
  '#3d7fb0',
  '#8a6d00',
  '#5b4a9e',
] as const;

const TEXT = '#0b0c0c';
const HINT = '#484949';
const GRID = '#d8dadb';

/**
 * A decorative canvas: hidden from assistive technology, because the data table next to it is
 * the accessible source of the same figures. Mirrors itself for right-to-left languages.
 */
export default function BarChartCanvas(props: { spec: BarChartSpec; rtl: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, configure(props.spec, props.rtl));
    return () => chart.destroy();
  }, [props.spec, props.rtl]);

  return <canvas ref={canvas} aria-hidden="true" />;
}

function configure(spec: BarChartSpec, rtl: boolean): ChartConfiguration<'bar'> {
  const font = { family: getComputedStyle(document.body).fontFamily, size: 14 };
  const valueAxis = {
    stacked: spec.stacked,
    beginAtZero: true,
    ...(spec.max === undefined ? {} : { max: spec.max }),
    // Horizontal bars grow from the start of the line, so from the right in Arabic, and the
    // scale of upright bars stands at the start of the line too.
    reverse: spec.horizontal && rtl,
    ...(spec.horizontal ? {} : { position: rtl ? ('right' as const) : ('left' as const) }),
    ticks: {
      color: HINT,
      font,
      ...(spec.integerTicks ? { precision: 0 } : {}),
      callback: (value: string | number) => spec.formatValue(Number(value)),
    },
    grid: { color: GRID },
  };
  const categoryAxis = {
    stacked: spec.stacked,
    // Years and labels read from the right in Arabic.
    reverse: !spec.horizontal && rtl,
    position: spec.horizontal ? (rtl ? 'right' : 'left') : 'bottom',
    // Every label is drawn: the bars mean nothing without them.
    ticks: { color: TEXT, font, autoSkip: false },
    grid: { display: false },
  } as const;
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series, index) => ({
        label: series.label,
        data: series.values,
        backgroundColor: series.color ?? SERIES_COLOURS[index % SERIES_COLOURS.length],
        borderColor: '#ffffff',
        borderWidth: spec.stacked ? 1 : 0,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      // Nothing moves on screen (see ACCESSIBILITY.md).
      animation: false,
      locale: document.documentElement.lang || 'en',
      events: [],
      scales: spec.horizontal
        ? { x: valueAxis, y: categoryAxis }
        : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: {
          display: spec.series.length > 1,
          position: 'bottom',
          rtl,
          textDirection: rtl ? 'rtl' : 'ltr',
          labels: { color: TEXT, font },
        },
      },
    },
  };
}
