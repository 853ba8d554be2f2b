// Runs one bounded autocannon load in its own process, so the load generator never shares an
// event loop with what it measures. Options arrive as JSON in argv[2]; the result is one JSON line.
// Latencies are recorded from autocannon's per-response event at full hrtime resolution (its own
// histogram rounds to whole milliseconds, too coarse for sub-millisecond reads).
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2] ?? '{}');

function runOnce({ seconds, record }) {
  const samples = [];
  const statuses = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        ...(options.body !== undefined ? { body: options.body } : {}),
        connections: options.connections ?? 10,
        duration: seconds,
        ...(options.overallRate ? { overallRate: options.overallRate } : {}),
        // Pipelining would hide per-request latency; browsers do not pipeline either.
        pipelining: 1,
      },
      (error, result) => (error ? reject(error) : resolve({ result, samples, statuses })),
    );
    if (record) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
        samples.push(responseTime);
      });
    }
  });
}

function percentile(sorted, fraction) {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

// Counted so CPU per request can include the warm-up's share of the server's CPU time.
let warmupRequests = 0;
if (options.warmupSeconds > 0) {
  const warmup = await runOnce({ seconds: options.warmupSeconds, record: false });
  warmupRequests = warmup.result.requests.total;
}
const { result, samples, statuses } = await runOnce({ seconds: options.seconds, record: true });
samples.sort((a, b) => a - b);
const ok = Object.entries(statuses)
  .filter(([code]) => code.startsWith('2'))
  .reduce((sum, [, count]) => sum + count, 0);
const round = (value) => (value === null ? null : Math.round(value * 1000) / 1000);

process.stdout.write(
  `${JSON.stringify({
    rps: Math.round(ok / result.duration),
    p50_ms: round(percentile(samples, 0.5)),
    p99_ms: round(percentile(samples, 0.99)),
    requests: samples.length,
    warmup_requests: warmupRequests,
    ok,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
  })}\n`,
);
