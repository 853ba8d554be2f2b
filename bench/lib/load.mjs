import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withCpuPerRequest } from './processes.mjs';

const WORKER = fileURLToPath(new URL('./load-worker.mjs', import.meta.url));

/**
 * Drives a bounded HTTP load from a second process (autocannon) and returns its figures:
 * req/s of 2xx answers, p50 and p99 in ms, counts per status. Loopback only.
 */
export function runLoad(options) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(options.url)) {
    throw new Error(`load only targets 127.0.0.1, not ${options.url}`);
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      const result = JSON.parse(output.trim().split('\n').pop());
      if (result.ok < result.requests) {
        result.warning = `${result.requests - result.ok} answers were not 2xx: ${JSON.stringify(result.statuses)}`;
      }
      resolve(result);
    });
  });
}

/** Saturation (as many requests as the server answers) then a fixed rate for latency. */
export async function measureReadPair({ url, headers, rate, saturation, fixed, pid }) {
  const peak = await withCpuPerRequest(pid, () => runLoad({ url, headers, ...saturation }));
  const steady = await runLoad({ url, headers, overallRate: rate, ...fixed });
  return { peak, steady };
}
