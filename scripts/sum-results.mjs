#!/usr/bin/env node
// Adds up the results of every CI suite into the one closing line `N passed, N failed`.
//
// .ci/run leaves, per suite, `<name>.exit` (the exit code) and `<name>.seconds`, and for Vitest
// suites `<name>.json` (Vitest's JSON reporter). A suite that crashed before writing its JSON, or
// exited non-zero although no test failed (an unhandled error, a file that failed to load), counts
// as one failure, so a broken suite can never pass silently.
//
// Usage: node scripts/sum-results.mjs --dir <results dir> <name>:vitest|check ...
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { dir: { type: 'string', default: 'test-results/ci' } },
  allowPositionals: true,
});

function readOptional(path) {
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined;
}

function readExitCode(dir, name) {
  const text = readOptional(join(dir, `${name}.exit`));
  return text === undefined ? undefined : Number(text);
}

/** A check (build, content check, typecheck) counts as one test: it passed or it failed. */
function summariseCheck(exitCode) {
  if (exitCode === 0) return { passed: 1, failed: 0, skipped: 0, notes: [] };
  const why = exitCode === undefined ? 'did not run' : `exited ${exitCode}`;
  return { passed: 0, failed: 1, skipped: 0, notes: [why] };
}

function summariseVitest(dir, name, exitCode) {
  const text = readOptional(join(dir, `${name}.json`));
  if (text === undefined) {
    const why = exitCode === undefined ? 'did not run' : `exited ${exitCode}`;
    return { passed: 0, failed: 1, skipped: 0, notes: [`crashed without results (${why})`] };
  }
  let report;
  try {
    report = JSON.parse(text);
  } catch {
    return { passed: 0, failed: 1, skipped: 0, notes: ['results file is not valid JSON'] };
  }
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const notes = [];
  // A file whose hooks or imports broke fails with no failing test (its tests show as skipped).
  const failedFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  );
  for (const file of failedFiles) {
    failed += 1;
    notes.push(
      `${relative(process.cwd(), file.name)} failed to run: ${(file.message ?? '').split('\n')[0]}`,
    );
  }
  if ((report.numTotalTests ?? 0) === 0 && failedFiles.length === 0) {
    failed += 1;
    notes.push('ran no test');
  }
  if (failed === 0 && (exitCode !== 0 || report.success === false)) {
    failed += 1;
    notes.push(`exited ${exitCode ?? '?'} although no test failed (unhandled error?)`);
  }
  return { passed, failed, skipped, notes };
}

const suites = positionals.map((spec) => {
  const [name, kind = 'vitest'] = spec.split(':');
  const exitCode = readExitCode(values.dir, name);
  const seconds = readOptional(join(values.dir, `${name}.seconds`));
  const result =
    kind === 'check' ? summariseCheck(exitCode) : summariseVitest(values.dir, name, exitCode);
  return { name, seconds, ...result };
});

const width = Math.max(...suites.map((suite) => suite.name.length), 5);
console.log('\nSuite results:');
for (const suite of suites) {
  const time = suite.seconds === undefined ? '' : `  ${suite.seconds} s`;
  console.log(
    `  ${suite.name.padEnd(width)}  passed ${suite.passed}  failed ${suite.failed}` +
      `  skipped ${suite.skipped}${time}`,
  );
  for (const note of suite.notes) console.log(`  ${' '.repeat(width)}  - ${note}`);
}

const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
const failed = suites.reduce((sum, suite) => sum + suite.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && suites.length > 0 ? 0 : 1;
