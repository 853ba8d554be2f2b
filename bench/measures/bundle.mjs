import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, WEB_DIST, WORK_DIR } from '../lib/paths.mjs';
import { round } from './tenant-read.mjs';

// Same reading as apps/web/scripts/bundle-size.mjs: the entry script of index.html and its
// modulepreload links are what a first visit downloads; gzip level 9.
function readInitialScripts(html) {
  const files = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if ((isEntry || isPreload) && url) files.push(url.replace(/^\//, ''));
  }
  return files;
}

function initialGzipKb(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  return readInitialScripts(html).reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024,
    0,
  );
}

/**
 * The web app's own budget script (apps/web/scripts/bundle-size.mjs), run as it is so the bench
 * counts exactly what it counts: route chunks, and on-demand libraries with their own budgets.
 */
function runWebBudgetScript() {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'apps/web/scripts/bundle-size.mjs')],
    {
      encoding: 'utf8',
    },
  );
  const output = result.stdout ?? '';
  const largest = /Largest lazy chunk: (.+), ([\d.]+) KB/.exec(output);
  const onDemand = [...output.matchAll(/^\s+([\d.]+) KB\s+(\S+) \(budget ([\d.]+) KB\)$/gm)]
    .map((match) => ({ chunk: match[2], kb: Number(match[1]), budget_kb: Number(match[3]) }))
    .filter((item) => item.chunk !== 'total');
  return {
    withinBudget: result.status === 0,
    largestRoute: largest ? { chunk: largest[1], kb: Number(largest[2]) } : null,
    onDemand,
  };
}

/** react + react-dom rendering one element, built by the same Vite for production. */
async function buildReactBaseline() {
  const root = path.join(WORK_DIR, 'react-baseline');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    path.join(root, 'main.js'),
    "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\n" +
      "createRoot(document.getElementById('root')).render(createElement('p', null, 'Hello'));\n",
  );
  const { build } = await import('vite');
  await build({ root, logLevel: 'silent', configFile: false, build: { outDir: 'dist' } });
  return path.join(root, 'dist');
}

export async function measureBundle() {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    return { unit: 'KB gzip', ours: null, limit: null, ratio: null, reason: 'no web build' };
  }
  const ours = initialGzipKb(WEB_DIST);
  const budgets = runWebBudgetScript();
  const limit = initialGzipKb(await buildReactBaseline());
  return {
    unit: 'KB gzip',
    ours: round(ours, 1),
    limit: round(limit, 1),
    ratio: round(ours / limit),
    largest_route_chunk_kb: budgets.largestRoute?.kb ?? null,
    largest_route_chunk: budgets.largestRoute?.chunk ?? null,
    on_demand_libraries: budgets.onDemand,
    web_budget_script_passes: budgets.withinBudget,
  };
}
