import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { signIn } from '../lib/fixture.mjs';
import { runLoad } from '../lib/load.mjs';
import { SERVER_MAIN } from '../lib/paths.mjs';
import { findFreePort, httpGet, httpJson, startNodeServer } from '../lib/processes.mjs';
import { READ_RATE, round } from './tenant-read.mjs';

const EXPORT_ROUTE = '/api/v1/cities/{cityId}/strategies/{strategyId}/exports';

/** Starts one DOCX export and polls it until done; resolves its [start, end] in ms. */
async function exportOnce({ base, cookie, prefix }) {
  const started = performance.now();
  const created = await httpJson(`${base}${prefix}/exports`, {
    method: 'POST',
    headers: { cookie, origin: base },
    body: { format: 'docx' },
  });
  if (created.status !== 202) throw new Error(`start answered ${created.status}`);
  const { exportId } = JSON.parse(created.body);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const job = JSON.parse(
      (await httpGet(`${base}${prefix}/exports/${exportId}`, { cookie })).body,
    );
    if (job.status === 'done') return [started, performance.now()];
    if (job.status === 'failed') throw new Error(job.error?.message ?? 'failed');
  }
}

/**
 * Keeps one DOCX export running at all times (start, poll until done, start the next) until
 * `stop()`; returns each export's [start, end] and the failures.
 */
function keepExporting(target) {
  let going = true;
  const spans = [];
  const failures = [];
  const loop = (async () => {
    while (going) {
      try {
        spans.push(await exportOnce(target));
      } catch (error) {
        failures.push(error.message);
        return;
      }
    }
  })();
  return {
    async stop() {
      going = false;
      await loop;
      return { spans, failures };
    },
  };
}

/**
 * The server's threads from /proc (Linux; [] elsewhere): nice value, CPU time and time spent
 * waiting for a core (schedstat), in ms. The main thread's tid is the pid.
 */
function readThreads(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).map((tid) => {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const [runNs, waitNs] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8')
        .split(' ')
        .map(Number);
      // Field 19 of stat is the nice value (fields counted after the "(comm)" one).
      const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      return { tid: Number(tid), nice, runMs: runNs / 1e6, waitMs: waitNs / 1e6 };
    });
  } catch {
    return [];
  }
}

/** Share of a window the main thread spent running, and waiting for a core, in %. */
function mainThreadShares(pid, before, after, windowMs) {
  const [a, b] = [before, after].map((threads) => threads.find((t) => t.tid === pid));
  if (!a || !b) return { run: null, wait: null };
  return {
    run: round(((b.runMs - a.runMs) / windowMs) * 100, 1),
    wait: round(((b.waitMs - a.waitMs) / windowMs) * 100, 1),
  };
}

/**
 * The two p99s compare only if both loads kept the fixed rate: with 10 connections, a server
 * slower than 5 ms per answer gets fewer requests, and the slow ones are under-counted.
 */
function rateMissed(label, result) {
  return result.rps < READ_RATE * 0.95
    ? `${label}: ${result.rps} req/s answered, under the fixed ${READ_RATE} (the machine was busy; p99s do not compare)`
    : null;
}

/** Runs the read load and notes the main thread's CPU and wait over it. */
async function loadWithThreads(pid, read) {
  const before = readThreads(pid);
  const started = performance.now();
  const result = await runLoad(read);
  const ended = performance.now();
  const shares = mainThreadShares(pid, before, readThreads(pid), ended - started);
  return { result, shares, ended };
}

/**
 * API p99 at a fixed rate while DOCX exports run one after another, vs the same load (same
 * rate, connections and duration) with no export, on the same warm server. `script` is the
 * server to start (another build, to compare a change).
 */
export async function measureExportLatency({ concordEnv, cityId, load, script = SERVER_MAIN }) {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startNodeServer({
    script,
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

    // The first export starts the worker thread and loads the content into it (seconds, once
    // per server); it runs before both loads, so each compares a warm server with a warm one.
    const target = { base, cookie, prefix };
    const [firstStart, firstEnd] = await exportOnce(target);
    const pid = server.child.pid;

    const idle = await loadWithThreads(pid, read);
    const exporting = keepExporting(target);
    const busy = await loadWithThreads(pid, read);
    const { spans, failures } = await exporting.stop();
    // The measured part of the load is its last `seconds` (autocannon's warm-up comes first).
    const windowEnd = busy.ended;
    const windowStart = windowEnd - (busy.result.seconds ?? read.seconds) * 1000;
    const inWindow = spans.filter(([start, end]) => end > windowStart && start < windowEnd);
    const covered = inWindow.reduce(
      (sum, [start, end]) => sum + Math.min(end, windowEnd) - Math.max(start, windowStart),
      0,
    );
    const finished = inWindow.filter(([, end]) => end <= windowEnd);
    if (finished.length === 0) {
      throw new Error(`no export finished during the load: ${failures.join('; ') || 'too slow'}`);
    }
    const durations = spans.map(([start, end]) => end - start).sort((a, b) => a - b);
    const threads = readThreads(pid);
    return {
      unit: 'ms',
      ours: busy.result.p99_ms,
      limit: idle.result.p99_ms,
      ratio: round(busy.result.p99_ms / idle.result.p99_ms),
      p50_ms: busy.result.p50_ms,
      idle_p50_ms: idle.result.p50_ms,
      fixed_rate: READ_RATE,
      idle_rps: idle.result.rps,
      busy_rps: busy.result.rps,
      exports_finished: finished.length,
      // Share of the measured window with an export between its POST and "done" (the gaps
      // are the poll interval and the next POST).
      export_coverage: round(covered / (windowEnd - windowStart)),
      export_median_ms: round(durations[Math.floor(durations.length / 2)], 1),
      first_export_ms: round(firstEnd - firstStart, 1),
      main_thread_cpu_pct: { idle: idle.shares.run, busy: busy.shares.run },
      main_thread_wait_for_cpu_pct: { idle: idle.shares.wait, busy: busy.shares.wait },
      server_threads: threads.length,
      // The export worker lowers its own priority (Linux): threads at nice 19.
      lowest_priority_threads: threads.filter((thread) => thread.nice === 19).length,
      exported: "the demo city's strategy as DOCX, one export after another",
      warnings: [
        idle.result.warning,
        busy.result.warning,
        rateMissed('idle', idle.result),
        rateMissed('during exports', busy.result),
        ...failures,
      ].filter(Boolean),
    };
  } finally {
    await server.stop();
  }
}
