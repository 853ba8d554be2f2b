import { SERVER_MAIN } from '../lib/paths.mjs';
import { findFreePort, httpGet, startNodeServer } from '../lib/processes.mjs';

/** Paths of the API that produce an export, read from the served OpenAPI document. */
async function findExportRoutes(concordEnv) {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startNodeServer({
    script: SERVER_MAIN,
    env: { ...concordEnv, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: base, DEMO: 'off' },
    readyUrl: `${base}/readyz`,
  });
  try {
    const { body } = await httpGet(`${base}/api/openapi.json`);
    return Object.keys(JSON.parse(body).paths).filter((route) => /export|docx/i.test(route));
  } finally {
    await server.stop();
  }
}

/** API p99 while exports run vs idle. Needs the export route (issue on documents). */
export async function measureExportLatency({ concordEnv }) {
  const routes = await findExportRoutes(concordEnv);
  return {
    unit: 'ms',
    ours: null,
    limit: null,
    ratio: null,
    reason:
      routes.length === 0
        ? 'the API has no export route yet (none in /api/openapi.json)'
        : `export routes exist (${routes.join(', ')}) but are not driven by the bench yet`,
  };
}
