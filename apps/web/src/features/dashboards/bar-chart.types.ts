/** What a bar chart shows, as plain data; the chart.js module turns it into a canvas. */
export interface BarSeries {
  label: string;
  values: number[];
  /** A CSS colour; by default the series takes the next colour of the palette. */
  color?: string;
}

export interface BarChartSpec {
  /** One label per bar; a list of strings is drawn as several lines. */
  labels: (string | string[])[];
  series: BarSeries[];
  stacked: boolean;
  /** Bars run along the reading direction (one row per label) instead of upwards. */
  horizontal: boolean;
  /** Formats the value axis (money, points, counts). */
  formatValue: (value: number) => string;
  max?: number;
  /** Counts and points: no tick between two whole numbers. */
  integerTicks?: boolean;
}

/** Breaks a long label into lines of about `width` characters for the chart's axis. */
export function wrapLabel(text: string, width = 36): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
