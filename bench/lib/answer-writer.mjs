// Load for the answer save, in its own process: each connection saves its own question again
// and again, sending back the revision the previous save returned (as the web app does), so
// every request is a real write and none is refused as stale. autocannon cannot carry a value
// from one response into the next request per connection, hence this small client.
// Options (JSON in argv[2]): base, cookie, questions[], connections, seconds, warmupSeconds, rate.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const options = JSON.parse(process.argv[2] ?? '{}');

function put(agent, path, body) {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const request = http.request(
      `${options.base}${path}`,
      {
        method: 'PUT',
        agent,
        headers: {
          cookie: options.cookie,
          origin: options.base,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode, text }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

async function connection(index, until, record, revisions) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const question = options.questions[index % options.questions.length];
  const path = `${options.pathPrefix}/${encodeURIComponent(question)}`;
  const interval = options.rate ? (1000 * options.connections) / options.rate : 0;
  let next = performance.now() + Math.random() * interval;
  for (let n = 0; performance.now() < until; n += 1) {
    if (interval > 0) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      next += interval;
    }
    const started = performance.now();
    const { status, text } = await put(agent, path, {
      value: `bench value ${index} ${n}`,
      baseRevision: revisions[index] ?? 0,
    });
    if (status === 200) revisions[index] = JSON.parse(text).answer.revision;
    record(status, performance.now() - started);
  }
  agent.destroy();
}

async function run(seconds, record, revisions) {
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, (_, index) =>
      connection(index, until, record, revisions),
    ),
  );
}

const percentile = (sorted, fraction) =>
  sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)];
const round = (value) => (value === null ? null : Math.round(value * 1000) / 1000);

const revisions = options.revisions ?? [];
let warmupRequests = 0;
if (options.warmupSeconds > 0) {
  await run(options.warmupSeconds, () => (warmupRequests += 1), revisions);
}
const samples = [];
const statuses = {};
const started = performance.now();
await run(
  options.seconds,
  (status, ms) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    samples.push(ms);
  },
  revisions,
);
const seconds = (performance.now() - started) / 1000;
samples.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    rps: Math.round((statuses[200] ?? 0) / seconds),
    p50_ms: round(percentile(samples, 0.5)),
    p99_ms: round(percentile(samples, 0.99)),
    requests: samples.length,
    warmup_requests: warmupRequests,
    ok: statuses[200] ?? 0,
    statuses,
    revisions,
  })}\n`,
);
