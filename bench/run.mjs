#!/usr/bin/env node
// `npm run bench`: measures each of the brief's performance targets beside its physical limit,
// in one run on this machine, writes bench/results/latest.json and prints a table.
// Options: --quick (shorter loads, for trying the script), --only api_read,engine,...
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RESULTS_DIR, ROOT, WORK_DIR, staleBuilds } from './lib/paths.mjs';

const FIGURES = [
  'api_read',
  'api_write',
  'pg_read',
  'engine',
  'docx',
  'export_p99',
  'bundle',
  'cold_start',
];

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const selected = new Set(args.only ? args.only.split(',') : FIGURES);
const scale = args.quick ? 0.3 : 1;
const seconds = (value) => Math.max(1, Math.round(value * scale));
const LOAD = {
  saturation: { connections: 20, warmupSeconds: seconds(2), seconds: seconds(8) },
  fixed: { connections: 10, warmupSeconds: seconds(1), seconds: seconds(6) },
  rawSeconds: seconds(3),
};
// Production's default log level: each request writes its log lines (to /dev/null here).
const LOG_LEVEL = 'info';
// Per run, like WORK_DIR: a second run at the same time must not drop this one's database.
const BENCH_DATABASE = `concord_bench_${process.pid}`;

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function buildIfNeeded() {
  const stale = staleBuilds();
  if (stale.length === 0) return null;
  log(`building (${stale.join(', ')} missing or older than its sources): npm run build`);
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status === 0) return null;
  const stillMissing = staleBuilds();
  return `npm run build failed (exit ${build.status}); measured the builds already there (still older than their sources: ${stillMissing.join(', ') || 'none'})`;
}

function unavailable(unit, error) {
  return { unit, ours: null, limit: null, ratio: null, reason: String(error?.message ?? error) };
}

async function measure(figures, key, unit, run) {
  if (!selected.has(key)) return;
  log(`${key}...`);
  const started = performance.now();
  try {
    figures[key] = await run();
  } catch (error) {
    figures[key] = unavailable(unit, error);
  }
  log(`${key} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  const runStarted = performance.now();
  const loadBefore = os.loadavg();
  const buildWarning = buildIfNeeded();
  mkdirSync(WORK_DIR, { recursive: true });

  const { prepareSqliteInstall, preparePostgresInstall, dropPostgresDatabase } =
    await import('./lib/fixture.mjs');
  const { measureTenantRead } = await import('./measures/tenant-read.mjs');
  const { measureApiWrite } = await import('./measures/api-write.mjs');
  const { measureEngine } = await import('./measures/engine.mjs');
  const { measureDocx } = await import('./measures/docx.mjs');
  const { measureExportLatency } = await import('./measures/export-latency.mjs');
  const { measureBundle } = await import('./measures/bundle.mjs');
  const { measureColdStart } = await import('./measures/cold-start.mjs');
  const { formatTable } = await import('./lib/table.mjs');

  const figures = {};
  await measure(figures, 'engine', 'ms per evaluation', measureEngine);

  const sqlite = await prepareSqliteInstall(path.join(WORK_DIR, 'sqlite'));
  const sqliteEnv = { DATA_DIR: sqlite.dataDir, LOG_LEVEL };
  await measure(figures, 'api_read', 'req/s', () =>
    measureTenantRead({
      concordEnv: sqliteEnv,
      cityId: sqlite.cityId,
      load: LOAD,
      bare: {
        script: path.join(ROOT, 'bench/servers/bare-sqlite-server.mjs'),
        env: { DB_FILE: sqlite.dbFile },
      },
    }),
  );
  await measure(figures, 'api_write', 'req/s', () =>
    measureApiWrite({ concordEnv: sqliteEnv, cityId: sqlite.cityId, load: LOAD }),
  );

  await measure(figures, 'pg_read', 'req/s', async () => {
    const target = { adminUrl: args['postgres-url'], database: BENCH_DATABASE };
    const postgres = await preparePostgresInstall(target);
    try {
      return await measureTenantRead({
        concordEnv: { DATA_DIR: sqlite.dataDir, DATABASE_URL: postgres.url, LOG_LEVEL },
        cityId: postgres.cityId,
        load: LOAD,
        bare: {
          script: path.join(ROOT, 'bench/servers/bare-pg-server.mjs'),
          env: { DATABASE_URL: postgres.url },
        },
      });
    } finally {
      await dropPostgresDatabase(target);
    }
  });

  await measure(figures, 'docx', 'ms', measureDocx);
  await measure(figures, 'export_p99', 'ms', () =>
    measureExportLatency({ concordEnv: sqliteEnv, cityId: sqlite.cityId, load: LOAD }),
  );
  await measure(figures, 'bundle', 'KB gzip', measureBundle);
  await measure(figures, 'cold_start', 'ms', () => measureColdStart({ dataDir: sqlite.dataDir }));

  const results = {
    ...Object.fromEntries(FIGURES.filter((key) => figures[key]).map((key) => [key, figures[key]])),
    meta: {
      generated_at: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model ?? 'unknown',
      load_average_before: loadBefore.map((value) => Math.round(value * 100) / 100),
      load_settings: LOAD,
      server_log_level: LOG_LEVEL,
      quick: args.quick,
      build_warning: buildWarning,
      seconds: Math.round((performance.now() - runStarted) / 1000),
    },
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  // A partial run (--only) must not replace the last full set of figures.
  const resultsFile = args.only ? 'partial.json' : 'latest.json';
  writeFileSync(path.join(RESULTS_DIR, resultsFile), `${JSON.stringify(results, null, 2)}\n`);
  const ordered = Object.fromEntries(
    FIGURES.filter((key) => figures[key]).map((key) => [key, figures[key]]),
  );
  console.log(formatTable({ figures: ordered }));
  console.log(
    `\nWritten to bench/results/${resultsFile} in ${results.meta.seconds} s on ${results.meta.cpus} cores ` +
      `(load average before: ${results.meta.load_average_before.join(', ')}).`,
  );
  if (buildWarning) console.log(`Warning: ${buildWarning}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(WORK_DIR, { recursive: true, force: true }));
