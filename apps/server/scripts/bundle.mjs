// Bundles the compiled server (dist/) into dist/bundle/: one start-up reads a few files instead
// of ~1,400 modules, which was most of the time to the first /readyz (`npm run bench`,
// cold_start). Runs after tsc; dist/ stays complete and runnable on its own.
//
// Every module of ours keeps its own `import.meta.url` (rewritten to point at its file in
// dist/), so paths it resolves relative to itself (the guide content, the web build, the export
// worker, createRequire) stay right. Packages that read their own files at run time, and native
// ones, are left outside the bundle and load from node_modules as before.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const serverRoot = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(serverRoot, 'dist');
const outdir = path.join(dist, 'bundle');
const repoRoot = path.resolve(serverRoot, '../..');

const EXTERNAL = [
  'better-sqlite3',
  '@node-rs/argon2',
  'pg',
  'pg-native',
  'piscina',
  'pino',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  '@fastify/static',
  'playwright-core',
  // Loaded by @fastify/cookie with import(): bundled, its named exports would be lost.
  'cookie',
];

const ownModules = /[\\/](apps[\\/]server|packages[\\/]domain)[\\/]dist[\\/].*\.js$/;

const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: ownModules }, async ({ path: file }) => {
      const source = await readFile(file, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const relative = path.relative(outdir, file).split(path.sep).join('/');
      const ownUrl = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', ownUrl), loader: 'js' };
    });
  },
};

const started = performance.now();
await build({
  entryPoints: { main: path.join(dist, 'main.js'), cli: path.join(dist, 'cli/run-cli.js') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The server's own imports of @concord/domain resolve to its built dist/, as at run time.
  conditions: ['node', 'import', 'default'],
  external: EXTERNAL,
  // CommonJS packages inside an ES module bundle still call require().
  banner: {
    js: "import { createRequire as concordCreateRequire } from 'node:module'; const require = concordCreateRequire(import.meta.url);",
  },
  plugins: [keepModuleUrls],
  legalComments: 'linked',
  logLevel: 'warning',
  absWorkingDir: repoRoot,
});
console.log(
  `server bundle: ${path.relative(repoRoot, outdir)} in ${Math.round(performance.now() - started)} ms`,
);
