import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/paths.mjs';

const DOCX_BENCH = path.join(ROOT, 'bench/docx.bench.mjs');

/**
 * The DOCX figure comes from bench/docx.bench.mjs (written with the export code). Its contract:
 * run with `--json`, it prints as its last stdout line a JSON object
 * `{ "unit": "ms", "ours": n, "limit": n, "ratio": n, ... }` (ours: our ~44-page export;
 * limit: docx alone on the same content).
 */
export function measureDocx() {
  if (!existsSync(DOCX_BENCH)) {
    return {
      unit: 'ms',
      ours: null,
      limit: null,
      ratio: null,
      reason: 'bench/docx.bench.mjs does not exist yet (the DOCX export is not built)',
    };
  }
  const result = spawnSync(process.execPath, [DOCX_BENCH, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const lastLine = result.stdout?.trim().split('\n').pop() ?? '';
  try {
    const figure = JSON.parse(lastLine);
    if (result.status !== 0) figure.warning = `docx.bench.mjs exited with ${result.status}`;
    return { unit: 'ms', limit: null, ratio: null, ...figure };
  } catch {
    return {
      unit: 'ms',
      ours: null,
      limit: null,
      ratio: null,
      reason: `bench/docx.bench.mjs printed no JSON line (exit ${result.status}): ${(result.stderr ?? '').slice(0, 300)}`,
    };
  }
}
