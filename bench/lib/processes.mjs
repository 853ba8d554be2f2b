import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import http from 'node:http';

/** A free loopback port, asked from the kernel. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One GET on loopback; resolves { status, body } or rejects on a connection error. */
export function httpGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, body, headers: response.headers }),
      );
    });
    request.on('error', reject);
  });
}

/** One request with a JSON body; resolves { status, body, headers }. */
export function httpJson(url, { method, body, headers = {} }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(
      url,
      {
        method,
        agent: false,
        headers: {
          ...headers,
          ...(payload !== undefined
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, body: text, headers: response.headers }),
        );
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** Polls a URL until it answers 200; returns the milliseconds waited. */
export async function waitFor200(url, { timeoutMs = 30000, intervalMs = 5 } = {}) {
  const started = performance.now();
  for (;;) {
    try {
      const { status } = await httpGet(url);
      if (status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > timeoutMs)
      throw new Error(`${url} gave no 200 in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Starts a node process serving HTTP and waits for its readiness URL. stdout goes to /dev/null
 * (the server's request logs cost what they cost in production, but are not kept).
 */
export async function startNodeServer({ script, args = [], env, readyUrl, cwd }) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await Promise.race([
      waitFor200(readyUrl),
      exited.then((code) => {
        throw new Error(`${script} exited with ${code} before it was ready:\n${stderr}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux; null elsewhere).
 * CPU per request varies far less than req/s when other programs share the machine.
 */
export function readCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // Fields 14 and 15 of stat (utime, stime), in clock ticks of 1/100 s on Linux.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Runs `load` and returns its result with the server's CPU microseconds per answered request. */
export async function withCpuPerRequest(pid, load) {
  const before = readCpuSeconds(pid);
  const result = await load();
  const after = readCpuSeconds(pid);
  const answered = (result.requests ?? 0) + (result.warmup_requests ?? 0);
  result.cpu_us_per_request =
    before === null || after === null || answered === 0
      ? null
      : Math.round(((after - before) * 1e6) / answered);
  return result;
}
