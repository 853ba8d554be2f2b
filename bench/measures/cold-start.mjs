import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { SERVER_MAIN } from '../lib/paths.mjs';
import { findFreePort, waitFor200 } from '../lib/processes.mjs';
import { round } from './tenant-read.mjs';

const RUNS = 5;

/**
 * From `node apps/server/dist/main.js` being spawned on an existing, migrated install to its
 * first 200 from /readyz (default settings, demo accounts present), median of five runs.
 */
export async function measureColdStart({ dataDir }) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await startOnce(dataDir));
  const sorted = [...runs].sort((a, b) => a - b);
  return {
    unit: 'ms',
    ours: round(sorted[Math.floor(RUNS / 2)], 1),
    limit: null,
    ratio: null,
    runs_ms: runs.map((value) => round(value, 1)),
  };
}

async function startOnce(dataDir) {
  const port = await findFreePort();
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await Promise.race([
      waitFor200(`http://127.0.0.1:${port}/readyz`, { intervalMs: 2, timeoutMs: 20000 }),
      exited.then((code) => {
        throw new Error(`the server exited with ${code} during start-up`);
      }),
    ]);
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
