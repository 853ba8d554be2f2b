#!/usr/bin/env node
// Concord's command line. Plain JavaScript so it runs before anything is compiled: on a fresh
// clone it builds what is missing (npm run build), then hands over to the built server.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cliEntry = fileURLToPath(new URL('../apps/server/dist/cli/run-cli.js', import.meta.url));
// The same command line bundled into a few files (apps/server/scripts/bundle.mjs): it starts in
// about two thirds of the time. Used when the build made it after the modules it bundles (a
// server compiled again without bundling must not start an older bundle).
const bundledCliEntry = fileURLToPath(
  new URL('../apps/server/dist/bundle/cli.mjs', import.meta.url),
);
const BUILD_OUTPUTS = [
  'packages/domain/dist/index.js',
  'apps/server/dist/cli/run-cli.js',
  'apps/web/dist/index.html',
];

function missingOutputs() {
  return BUILD_OUTPUTS.filter((file) => !existsSync(new URL(`../${file}`, import.meta.url)));
}

const command = process.argv[2];
const missing = missingOutputs();
// `serve` needs the whole app; other commands need only the server.
if (missing.length > 0 && (command === 'serve' || !existsSync(cliEntry))) {
  console.log(
    `Building Concord first (missing: ${missing.join(', ')}). This takes a minute, once.`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const stillMissing = missingOutputs();
  if (!existsSync(cliEntry)) {
    console.error('The build did not produce the server (apps/server/dist). See the errors above.');
    process.exit(build.status || 1);
  }
  if (stillMissing.length > 0) {
    console.warn(`Warning: the build did not produce ${stillMissing.join(', ')}; starting anyway.`);
  }
}

function bundleIsCurrent() {
  return (
    existsSync(bundledCliEntry) &&
    existsSync(cliEntry) &&
    statSync(bundledCliEntry).mtimeMs >= statSync(cliEntry).mtimeMs
  );
}

const entry = bundleIsCurrent() ? bundledCliEntry : cliEntry;
const { runCli } = await import(pathToFileURL(entry).href);
const code = await runCli(process.argv.slice(2));
process.exitCode = code;
