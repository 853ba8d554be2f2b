#!/usr/bin/env node
// Lighthouse (mobile profile, simulated throttling) on the public consultation page, next to a
// static HTML copy of the same page served by a bare node:http server (stylesheet beside it, and
// inlined): the static copy is the physical limit for the same text and styles. Prints medians of 3 runs each and writes
// bench/results/lighthouse.json.
//   node bench/lighthouse-public.mjs [--runs 3]
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEMO = { email: 'coordinator@demo.concord.test', password: 'concord-demo-2026' };
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForReady(baseUrl, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server not ready within 60 s');
}

async function startConcord(dataDir) {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['bin/concord.mjs', 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, PUBLIC_URL: baseUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForReady(baseUrl, child);
  return { baseUrl, child };
}

function isoDate(offsetDays) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function callApi(baseUrl, cookie, method, url, body) {
  const response = await fetch(`${baseUrl}/api/v1${url}`, {
    method,
    headers: {
      origin: baseUrl,
      ...(cookie ? { cookie } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return { json: JSON.parse(text), response };
}

/** Signs the demo coordinator in, creates and publishes a consultation; returns its public URL. */
async function publishConsultation(baseUrl) {
  const signIn = await callApi(baseUrl, null, 'POST', '/auth/sign-in', DEMO);
  const cookie = signIn.response.headers
    .getSetCookie()
    .map((entry) => entry.split(';')[0])
    .join('; ');
  const { json: me } = await callApi(baseUrl, cookie, 'GET', '/me');
  const cityId = me.memberships.find((entry) => /Riverside/.test(entry.cityName)).cityId;
  const city = `/cities/${encodeURIComponent(cityId)}`;
  const { json: list } = await callApi(baseUrl, cookie, 'GET', `${city}/strategies`);
  const strategyId = (list.strategies ?? list.items ?? list)[0].id;
  const base = `${city}/strategies/${encodeURIComponent(strategyId)}/consultations`;
  const { json: created } = await callApi(baseUrl, cookie, 'POST', base, {
    languages: ['en'],
    texts: {
      en: {
        title: 'Living together in Riverside: your views',
        framing:
          'Riverside is writing its plan for living together.\n\nTell us what matters to you.',
      },
    },
    questionIds: ['strategy:framework:q:conceptual-framing'],
    definitionRowIds: [],
    opensOn: isoDate(-2),
    closesOn: isoDate(14),
  });
  const id = created.consultation.id;
  const { json: published } = await callApi(baseUrl, cookie, 'POST', `${base}/${id}/publish`);
  return published.consultation.publicUrl;
}

/**
 * Two static copies of the page: `inlined` holds the stylesheets in the HTML (one request), and
 * `linked` keeps the same HTML with the stylesheets served beside it (the same requests as ours).
 */
async function buildStaticCopies(publicUrl) {
  const html = await (await fetch(publicUrl)).text();
  const links = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((match) => match[0]);
  const stylesheets = new Map();
  let inlined = html;
  for (const link of links) {
    const href = /href="([^"]+)"/.exec(link)?.[1];
    if (!href) continue;
    const css = await (await fetch(new URL(href, publicUrl))).text();
    stylesheets.set(new URL(href, publicUrl).pathname, css);
    inlined = inlined.replace(link, () => `<style>${css}</style>`);
  }
  return { inlined, linked: html, stylesheets };
}

function startStaticServer(copies) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://static');
    const css = copies.stylesheets.get(pathname);
    if (css !== undefined) {
      response.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
      response.end(css);
    } else if (pathname === '/inlined' || pathname === '/linked') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(copies[pathname.slice(1)]);
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

async function auditOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const { audits, categories } = result.lhr;
    return {
      lcp_ms: audits['largest-contentful-paint'].numericValue,
      fcp_ms: audits['first-contentful-paint'].numericValue,
      tbt_ms: audits['total-blocking-time'].numericValue,
      total_bytes: audits['total-byte-weight'].numericValue,
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
    };
  } finally {
    await chrome.kill();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function auditMedian(url, runs) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) samples.push(await auditOnce(url));
  const medians = Object.fromEntries(
    Object.keys(samples[0]).map((key) => [key, median(samples.map((sample) => sample[key]))]),
  );
  return { ...medians, samples };
}

function printTable(columns, runs) {
  const rows = [
    ['LCP (ms)', 'lcp_ms'],
    ['FCP (ms)', 'fcp_ms'],
    ['TBT (ms)', 'tbt_ms'],
    ['total bytes', 'total_bytes'],
    ['performance', 'performance'],
    ['accessibility', 'accessibility'],
  ];
  const names = Object.keys(columns);
  console.log(`| median of ${runs} | ${names.join(' | ')} |`);
  console.log(`| --- | ${names.map(() => '---').join(' | ')} |`);
  for (const [label, key] of rows) {
    const cells = names.map((name) => String(Math.round(columns[name][key])));
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }
}

function describeRatio(label, ratio) {
  const verdict = ratio <= 1.1 ? 'within' : 'NOT within';
  return `LCP ratio ours / ${label}: ${ratio.toFixed(3)} (${verdict} the 10% target)`;
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'concord-lh-'));
  let concord;
  let staticServer;
  try {
    concord = await startConcord(dataDir);
    const publicUrl = await publishConsultation(concord.baseUrl);
    const copies = await buildStaticCopies(publicUrl);
    staticServer = await startStaticServer(copies);

    const ours = await auditMedian(publicUrl, runs);
    const linked = await auditMedian(`${staticServer.url}/linked`, runs);
    const inlined = await auditMedian(`${staticServer.url}/inlined`, runs);
    const lcpRatio = {
      static_linked: ours.lcp_ms / linked.lcp_ms,
      static_inlined: ours.lcp_ms / inlined.lcp_ms,
    };
    printTable({ ours, 'static, css beside': linked, 'static, css inlined': inlined }, runs);
    console.log(`\n${describeRatio('static with css beside', lcpRatio.static_linked)}`);
    console.log(describeRatio('static with css inlined', lcpRatio.static_inlined));

    const { default: pkg } = await import('lighthouse/package.json', { with: { type: 'json' } });
    const resultsDir = path.join(root, 'bench', 'results');
    await mkdir(resultsDir, { recursive: true });
    const report = {
      meta: {
        date: new Date().toISOString(),
        lighthouse: pkg.version,
        profile: 'mobile, simulated throttling',
        runs,
        public_url: publicUrl,
        stylesheets: [...copies.stylesheets.keys()],
      },
      ours,
      static_linked: linked,
      static_inlined: inlined,
      lcp_ratio: lcpRatio,
      target: 'LCP within 10% of the static copy',
    };
    await writeFile(
      path.join(resultsDir, 'lighthouse.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
  } finally {
    staticServer?.server.close();
    if (concord) process.kill(concord.child.pid, 'SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
