// The brief's targets (Quality bars), checked against the figures of this run.
export const TARGETS = {
  api_read: {
    text: '>= 8,000 req/s; p99 <= 10 ms at 2,000 req/s; >= 40% of limit',
    met: (f) => f.ours >= 8000 && f.p99_ms <= 10 && f.ratio >= 0.4,
  },
  api_write: {
    text: '>= 1,000 req/s; p99 <= 25 ms at 1,000 req/s',
    met: (f) => f.ours >= 1000 && f.p99_ms <= 25,
  },
  pg_read: {
    text: '>= 5,000 req/s; p99 <= 15 ms at 2,000 req/s',
    met: (f) => f.ours >= 5000 && f.p99_ms <= 15,
  },
  engine: {
    text: '< 1 ms per evaluation; 10,000 in < 2 s',
    met: (f) => f.ours < 1 && f.total_ms_10000 < 2000,
  },
  docx: { text: '<= 300 ms (~44 pages, in a worker)', met: (f) => f.ours <= 300 },
  export_p99: { text: 'API p99 during an export <= 2x idle', met: (f) => f.ratio <= 2 },
  bundle: {
    text: 'initial JS <= 130 KB gz; route chunks <= 50 KB (on-demand libraries: own budgets)',
    met: (f) =>
      f.ours <= 130 &&
      (f.largest_route_chunk_kb ?? 0) <= 50 &&
      f.web_budget_script_passes !== false,
  },
  cold_start: { text: 'first 200 from /readyz <= 1,000 ms', met: (f) => f.ours <= 1000 },
};

function formatNumber(value) {
  if (value === null || value === undefined) return '-';
  if (typeof value !== 'number') return String(value);
  return value >= 100 ? Math.round(value).toLocaleString('en-GB') : String(value);
}

function describeOurs(key, figure) {
  if (figure.ours === null) return 'null';
  const latency =
    figure.p99_ms !== undefined ? ` (p50 ${figure.p50_ms} ms, p99 ${figure.p99_ms} ms)` : '';
  return `${formatNumber(figure.ours)} ${figure.unit}${latency}`;
}

export function verdict(key, figure) {
  if (figure.ours === null) return 'n/a';
  return TARGETS[key].met(figure) ? 'met' : 'MISSED';
}

/** The same figures as latest.json, as a plain table. */
export function formatTable(results) {
  const rows = Object.entries(results.figures).map(([key, figure]) => [
    key,
    describeOurs(key, figure),
    figure.limit === null ? '-' : formatNumber(figure.limit),
    figure.ratio === null ? '-' : String(figure.ratio),
    TARGETS[key].text,
    verdict(key, figure),
  ]);
  const header = ['figure', 'ours', 'limit', 'ratio', 'target (brief)', 'result'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ');
  const notes = Object.entries(results.figures)
    .flatMap(([key, figure]) => [
      ...(figure.reason ? [`${key}: ${figure.reason}`] : []),
      ...(figure.warnings ?? []).map((warning) => `${key}: ${warning}`),
    ])
    .map((note) => `  - ${note}`);
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...rows.map(line),
    ...(notes.length > 0 ? ['', 'Notes:', ...notes] : []),
  ].join('\n');
}
