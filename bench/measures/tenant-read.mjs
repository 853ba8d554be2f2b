import { signIn } from '../lib/fixture.mjs';
import { measureReadPair } from '../lib/load.mjs';
import { SERVER_MAIN } from '../lib/paths.mjs';
import { findFreePort, httpGet, startNodeServer } from '../lib/processes.mjs';

export const READ_RATE = 2000;

/** Runs the same read against Concord and against a bare server, one after the other. */
export async function measureTenantRead({ concordEnv, bare, cityId, load }) {
  const concord = await measureConcordRead({ concordEnv, cityId, load });
  const limit = await measureBareRead({ bare, cityId, load });
  return {
    unit: 'req/s',
    ours: concord.peak.rps,
    limit: limit.peak.rps,
    ratio: round(concord.peak.rps / limit.peak.rps),
    p50_ms: concord.steady.p50_ms,
    p99_ms: concord.steady.p99_ms,
    limit_p50_ms: limit.steady.p50_ms,
    limit_p99_ms: limit.steady.p99_ms,
    fixed_rate: READ_RATE,
    cpu_us_per_request: concord.peak.cpu_us_per_request,
    limit_cpu_us_per_request: limit.peak.cpu_us_per_request,
    same_json: concord.body === limit.body,
    members_listed: JSON.parse(concord.body).members.length,
    warnings: [concord.peak, concord.steady, limit.peak, limit.steady]
      .map((run) => run.warning)
      .filter(Boolean),
  };
}

async function measureConcordRead({ concordEnv, cityId, load }) {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startNodeServer({
    script: SERVER_MAIN,
    env: { ...concordEnv, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DEMO: 'off' },
    readyUrl: `${base}/readyz`,
  });
  try {
    const cookie = await signIn(base);
    const url = `${base}/api/v1/cities/${cityId}/members`;
    const first = await httpGet(url, { cookie });
    if (first.status !== 200) throw new Error(`members read answered ${first.status}`);
    const runs = await measureReadPair({
      url,
      headers: { cookie },
      rate: READ_RATE,
      pid: server.child.pid,
      ...load,
    });
    return { ...runs, body: first.body };
  } finally {
    await server.stop();
  }
}

async function measureBareRead({ bare, cityId, load }) {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startNodeServer({
    script: bare.script,
    env: { ...bare.env, PORT: String(port), CITY_ID: cityId },
    readyUrl: `${base}/readyz`,
  });
  try {
    const url = `${base}/members`;
    const first = await httpGet(url);
    const runs = await measureReadPair({
      url,
      headers: {},
      rate: READ_RATE,
      pid: server.child.pid,
      ...load,
    });
    return { ...runs, body: first.body };
  } finally {
    await server.stop();
  }
}

export function round(value, digits = 3) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
