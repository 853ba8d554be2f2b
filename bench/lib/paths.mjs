import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER_DIST = path.join(ROOT, 'apps/server/dist');
// What production starts: the bundled server (apps/server/scripts/bundle.mjs), as `npm start` does.
export const SERVER_MAIN = path.join(SERVER_DIST, 'bundle/main.mjs');
export const WEB_DIST = path.join(ROOT, 'apps/web/dist');
export const RESULTS_DIR = path.join(ROOT, 'bench/results');
// Each run works in its own directory, so two runs at once (two maintainers, CI) never share files.
export const WORK_DIR = path.join(ROOT, 'bench/results/work', `run-${process.pid}`);

/** file:// URL of a module of the built server, for dynamic import. */
export function serverModule(relative) {
  return pathToFileURL(path.join(SERVER_DIST, relative)).href;
}

function newestFileTime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestFileTime(full) : statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

const BUILDS = [
  { name: 'domain', src: 'packages/domain/src', out: 'packages/domain/dist/index.js' },
  { name: 'server', src: 'apps/server/src', out: 'apps/server/dist/bundle/main.mjs' },
  { name: 'web', src: 'apps/web/src', out: 'apps/web/dist/index.html' },
];

/** Builds that are missing, or older than a source file they are made from. */
export function staleBuilds() {
  return BUILDS.filter(({ src, out }) => {
    const output = path.join(ROOT, out);
    if (!existsSync(output)) return true;
    return newestFileTime(path.join(ROOT, src)) > statSync(output).mtimeMs;
  }).map(({ name }) => name);
}
