import { writeFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type ReliabilityFigures, readFigures } from './figures.js';

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityResultsFile: string;
  }
}

/** Adds to the run's figures (files run one after another, so there is no race). */
export function addFigures(figures: Partial<ReliabilityFigures>): void {
  const file = inject('reliabilityResultsFile');
  const current = readFigures(file);
  for (const [key, value] of Object.entries(figures) as [keyof ReliabilityFigures, number][]) {
    current[key] = (current[key] ?? 0) + value;
  }
  writeFileSync(file, JSON.stringify(current));
}
