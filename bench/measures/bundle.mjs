import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST, WORK_DIR } from '../lib/paths.mjs';
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

function largestLazyChunkKb(dist, initialFiles) {
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const closure = (key, seen = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, seen);
    return seen;
  };
  const sizes = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([key]) =>
      [...closure(key)]
        .filter((file) => !initialFiles.has(file))
        .reduce(
          (sum, file) =>
            sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024,
          0,
        ),
    );
  return sizes.length > 0 ? Math.max(...sizes) : null;
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
  const html = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  const ours = initialGzipKb(WEB_DIST);
  const limit = initialGzipKb(await buildReactBaseline());
  return {
    unit: 'KB gzip',
    ours: round(ours, 1),
    limit: round(limit, 1),
    ratio: round(ours / limit),
    largest_route_chunk_kb: round(
      largestLazyChunkKb(WEB_DIST, new Set(readInitialScripts(html))) ?? 0,
      1,
    ),
  };
}
