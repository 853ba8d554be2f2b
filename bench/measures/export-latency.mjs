import { performance } from 'node:perf_hooks';
import { signIn } from '../lib/fixture.mjs';
import { runLoad } from '../lib/load.mjs';
import { SERVER_MAIN } from '../lib/paths.mjs';
import { findFreePort, httpGet, httpJson, startNodeServer } from '../lib/processes.mjs';
import { READ_RATE, round } from './tenant-read.mjs';

const EXPORT_ROUTE = '/api/v1/cities/{cityId}/strategies/{strategyId}/exports';

/**
 * Keeps one DOCX export running at all times (start, poll until done, start the next) until
 * `stop()`; returns how many finished and how long each took.
 */
function keepExporting({ base, cookie, prefix }) {
  let going = true;
  const durations = [];
  const failures = [];
  const loop = (async () => {
    while (going) {
      const started = performance.now();
      const created = await httpJson(`${base}${prefix}/exports`, {
        method: 'POST',
        headers: { cookie, origin: base },
        body: { format: 'docx' },
      });
      if (created.status !== 202) {
        failures.push(`start answered ${created.status}`);
        return;
      }
      const { exportId } = JSON.parse(created.body);
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const job = JSON.parse(
          (await httpGet(`${base}${prefix}/exports/${exportId}`, { cookie })).body,
        );
        if (job.status === 'done') break;
        if (job.status === 'failed') {
          failures.push(job.error?.message ?? 'failed');
          return;
        }
      }
      durations.push(performance.now() - started);
    }
  })();
  return {
    async stop() {
      going = false;
      await loop;
      return { durations, failures };
    },
  };
}

/** API p99 at a fixed rate while DOCX exports run one after another, vs the same load idle. */
export async function measureExportLatency({ concordEnv, cityId, load }) {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startNodeServer({
    script: SERVER_MAIN,
    env: { ...concordEnv, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DEMO: 'off' },
    readyUrl: `${base}/readyz`,
  });
  try {
    const paths = JSON.parse((await httpGet(`${base}/api/openapi.json`)).body).paths;
    if (!paths[EXPORT_ROUTE]?.post) {
      return {
        unit: 'ms',
        ours: null,
        limit: null,
        ratio: null,
        reason: 'the API has no export route yet (none in /api/openapi.json)',
      };
    }
    const cookie = await signIn(base);
    const strategies = JSON.parse(
      (await httpGet(`${base}/api/v1/cities/${cityId}/strategies`, { cookie })).body,
    ).strategies;
    if (!strategies?.length) throw new Error('the demo city has no strategy to export');
    const prefix = `/api/v1/cities/${cityId}/strategies/${strategies[0].id}`;
    const read = {
      url: `${base}/api/v1/cities/${cityId}/members`,
      headers: { cookie },
      overallRate: READ_RATE,
      ...load.fixed,
    };

    const idle = await runLoad(read);
    const exporting = keepExporting({ base, cookie, prefix });
    const busy = await runLoad(read);
    const { durations, failures } = await exporting.stop();
    if (durations.length === 0) {
      throw new Error(`no export finished during the load: ${failures.join('; ') || 'too slow'}`);
    }
    const sorted = [...durations].sort((a, b) => a - b);
    return {
      unit: 'ms',
      ours: busy.p99_ms,
      limit: idle.p99_ms,
      ratio: round(busy.p99_ms / idle.p99_ms),
      p50_ms: busy.p50_ms,
      idle_p50_ms: idle.p50_ms,
      fixed_rate: READ_RATE,
      exports_finished: durations.length,
      export_median_ms: round(sorted[Math.floor(sorted.length / 2)], 1),
      exported: "the demo city's strategy as DOCX, one export after another",
      warnings: [idle.warning, busy.warning, ...failures].filter(Boolean),
    };
  } finally {
    await server.stop();
  }
}
