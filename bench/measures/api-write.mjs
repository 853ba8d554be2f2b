import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareAnswerTargets, runAnswerLoad } from '../lib/answer-load.mjs';
import { signIn } from '../lib/fixture.mjs';
import { runLoad } from '../lib/load.mjs';
import { SERVER_MAIN, WORK_DIR } from '../lib/paths.mjs';
import { findFreePort, httpGet, startNodeServer, withCpuPerRequest } from '../lib/processes.mjs';
import { round } from './tenant-read.mjs';

export const WRITE_RATE = 1000;
const RAW_LOOP = fileURLToPath(new URL('../servers/raw-insert-loop.mjs', import.meta.url));
const ANSWER_ROUTE = '/api/v1/cities/{cityId}/strategies/{strategyId}/answers/{questionId}';

/**
 * A tenant-scoped durable write through the whole API (session, CSRF check, city guard,
 * validation, commit with synchronous=FULL) vs a raw insert loop with the same setting. The
 * figure is the answer save (with its revision check and audit row) when the API has it; the
 * city rename (one UPDATE) is measured beside it.
 */
export async function measureApiWrite({ concordEnv, cityId, load }) {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startNodeServer({
    script: SERVER_MAIN,
    env: { ...concordEnv, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DEMO: 'off' },
    readyUrl: `${base}/readyz`,
  });
  let cityPatch;
  let answers = null;
  try {
    const cookie = await signIn(base);
    const pid = server.child.pid;
    cityPatch = await measureCityPatch({ base, cookie, cityId, load, pid });
    const paths = JSON.parse((await httpGet(`${base}/api/openapi.json`)).body).paths;
    if (paths[ANSWER_ROUTE]?.put) {
      answers = await measureAnswerSave({ base, cookie, cityId, load, pid });
    }
  } finally {
    await server.stop();
  }
  const raw = runRawInsertLoop(load.rawSeconds);
  const main = answers ?? cityPatch;
  return {
    unit: 'req/s',
    ours: main.peak.rps,
    limit: raw.rps,
    ratio: round(main.peak.rps / raw.rps),
    p50_ms: main.steady.p50_ms,
    p99_ms: main.steady.p99_ms,
    fixed_rate: WRITE_RATE,
    // What the server actually answered during the fixed-rate run: below WRITE_RATE, it could
    // not keep up, and p50/p99 are those of a lower rate.
    fixed_rate_achieved: main.steady.rps,
    route: answers
      ? 'PUT /api/v1/cities/:cityId/strategies/:strategyId/answers/:questionId'
      : 'PATCH /api/v1/cities/:cityId',
    cpu_us_per_request: main.peak.cpu_us_per_request,
    city_patch: {
      rps: cityPatch.peak.rps,
      cpu_us_per_request: cityPatch.peak.cpu_us_per_request,
      p50_ms: cityPatch.steady.p50_ms,
      p99_ms: cityPatch.steady.p99_ms,
      fixed_rate_achieved: cityPatch.steady.rps,
    },
    warnings: [cityPatch, answers]
      .filter(Boolean)
      .flatMap((runs) => [runs.peak.warning, runs.steady.warning])
      .filter(Boolean),
  };
}

async function measureCityPatch({ base, cookie, cityId, load, pid }) {
  const request = {
    url: `${base}/api/v1/cities/${cityId}`,
    method: 'PATCH',
    headers: { cookie, origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Riverside' }),
  };
  const peak = await withCpuPerRequest(pid, () => runLoad({ ...request, ...load.saturation }));
  const steady = await runLoad({ ...request, overallRate: WRITE_RATE, ...load.fixed });
  return { peak, steady };
}

async function measureAnswerSave({ base, cookie, cityId, load, pid }) {
  const targets = await prepareAnswerTargets({ base, cookie, cityId });
  const common = { base, cookie, pathPrefix: targets.pathPrefix, questions: targets.questions };
  const connections = Math.min(10, targets.questions.length);
  const peak = await withCpuPerRequest(pid, () =>
    runAnswerLoad({
      ...common,
      revisions: targets.revisions,
      connections,
      seconds: load.saturation.seconds,
      warmupSeconds: load.saturation.warmupSeconds,
    }),
  );
  const steady = await runAnswerLoad({
    ...common,
    revisions: peak.revisions,
    connections,
    rate: WRITE_RATE,
    seconds: load.fixed.seconds,
    warmupSeconds: load.fixed.warmupSeconds,
  });
  return { peak, steady };
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
