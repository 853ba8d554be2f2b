import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { signIn } from '../lib/fixture.mjs';
import { runLoad } from '../lib/load.mjs';
import { SERVER_MAIN, WORK_DIR } from '../lib/paths.mjs';
import { findFreePort, startNodeServer } from '../lib/processes.mjs';
import { round } from './tenant-read.mjs';

export const WRITE_RATE = 1000;
const RAW_LOOP = fileURLToPath(new URL('../servers/raw-insert-loop.mjs', import.meta.url));

/**
 * A tenant-scoped durable write through the whole API (session, CSRF check, city guard,
 * validation, UPDATE committed with synchronous=FULL) vs a raw insert loop with the same setting.
 */
export async function measureApiWrite({ concordEnv, cityId, load }) {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startNodeServer({
    script: SERVER_MAIN,
    env: { ...concordEnv, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DEMO: 'off' },
    readyUrl: `${base}/readyz`,
  });
  let peak;
  let steady;
  try {
    const cookie = await signIn(base);
    const request = {
      url: `${base}/api/v1/cities/${cityId}`,
      method: 'PATCH',
      headers: { cookie, origin: base, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Riverside' }),
    };
    peak = await runLoad({ ...request, ...load.saturation });
    steady = await runLoad({ ...request, overallRate: WRITE_RATE, ...load.fixed });
  } finally {
    await server.stop();
  }
  const raw = runRawInsertLoop(load.rawSeconds);
  return {
    unit: 'req/s',
    ours: peak.rps,
    limit: raw.rps,
    ratio: round(peak.rps / raw.rps),
    p50_ms: steady.p50_ms,
    p99_ms: steady.p99_ms,
    fixed_rate: WRITE_RATE,
    route: 'PATCH /api/v1/cities/:cityId',
    warnings: [peak.warning, steady.warning].filter(Boolean),
  };
}

function runRawInsertLoop(seconds) {
  const result = spawnSync(process.execPath, [RAW_LOOP], {
    env: {
      ...process.env,
      DB_FILE: path.join(WORK_DIR, 'raw-writes.db'),
      SECONDS: String(seconds),
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`raw insert loop failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim());
}
