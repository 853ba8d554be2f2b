import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { formatReliabilityLine, readFigures } from './figures.js';

/**
 * Gives every reliability file one place to add its figures, and prints the suite's closing
 * line once all files have run (whatever their outcome: the numbers are what was observed).
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'concord-reliability-'));
  const file = path.join(dir, 'figures.json');
  project.provide('reliabilityResultsFile', file);
  return () => {
    process.stdout.write(`\n${formatReliabilityLine(readFigures(file))}\n`);
    rmSync(dir, { recursive: true, force: true });
  };
}
