#!/usr/bin/env node
// Prints the gzip size of the JavaScript a first visit downloads (index.html's entry script and its
// modulepreload links) and of each lazy route (its chunk plus the shared chunks it needs beyond the
// first load), then exits 1 if a budget from the product brief is exceeded.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const INITIAL_BUDGET_KB = 130;
const ROUTE_BUDGET_KB = 50;
// Libraries a page loads only on demand (the brief allows them past the route budget): each has
// a budget of its own, a little above its measured size, so a regression still fails.
const ON_DEMAND_BUDGETS_KB = {
  'src/features/dashboards/bar-chart-canvas.tsx': 55, // chart.js, bar chart pieces only
  'src/features/dashboards/network-graph.tsx': 145, // cytoscape, opened by the graph button
};

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build found in ${dist}. Run \`npm run build -w apps/web\` first.`);
  process.exit(2);
}

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const format = (kb) => `${kb.toFixed(1)} KB`;

const initialFiles = readInitialScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
const initialKb = initialFiles.reduce((sum, file) => sum + gzipKb(file), 0);

console.log('Initial JavaScript (gzip, level 9):');
for (const file of initialFiles) console.log(`  ${format(gzipKb(file)).padStart(9)}  ${file}`);
console.log(`  ${format(initialKb).padStart(9)}  total (budget ${INITIAL_BUDGET_KB} KB)`);

const lazyChunks = measureLazyChunks(new Set(initialFiles));
const routes = lazyChunks.filter((chunk) => !(chunk.name in ON_DEMAND_BUDGETS_KB));
const onDemand = lazyChunks.filter((chunk) => chunk.name in ON_DEMAND_BUDGETS_KB);
console.log('\nLazy chunks with the shared code they add (gzip):');
for (const route of routes) console.log(`  ${format(route.kb).padStart(9)}  ${route.name}`);
console.log('\nLibraries loaded on demand (gzip):');
for (const chunk of onDemand)
  console.log(
    `  ${format(chunk.kb).padStart(9)}  ${chunk.name} (budget ${ON_DEMAND_BUDGETS_KB[chunk.name]} KB)`,
  );
const largest = routes[0];
if (largest)
  console.log(
    `\nLargest lazy chunk: ${largest.name}, ${format(largest.kb)} (budget ${ROUTE_BUDGET_KB} KB)`,
  );

const failures = [];
if (initialKb > INITIAL_BUDGET_KB)
  failures.push(`initial JavaScript ${format(initialKb)} > ${INITIAL_BUDGET_KB} KB`);
if (largest && largest.kb > ROUTE_BUDGET_KB)
  failures.push(`${largest.name} ${format(largest.kb)} > ${ROUTE_BUDGET_KB} KB`);
for (const chunk of onDemand)
  if (chunk.kb > ON_DEMAND_BUDGETS_KB[chunk.name])
    failures.push(`${chunk.name} ${format(chunk.kb)} > ${ON_DEMAND_BUDGETS_KB[chunk.name]} KB`);
if (failures.length > 0) {
  console.error(`\nOver budget: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nWithin budget.');

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

// Each dynamic entry of Vite's manifest, with the static imports it pulls in that the first load
// did not already bring.
function measureLazyChunks(initial) {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const closure = (key, seen = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, seen);
    return seen;
  };
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([key, chunk]) => {
      const files = [...closure(key)].filter((file) => !initial.has(file));
      return {
        name: chunk.src ?? chunk.file,
        kb: files.reduce((sum, file) => sum + gzipKb(file), 0),
      };
    })
    .sort((a, b) => b.kb - a.kb);
}
