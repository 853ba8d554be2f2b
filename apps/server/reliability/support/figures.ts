import { existsSync, readFileSync } from 'node:fs';

/** The figures the suite prints in its last line; each file adds its own. */
export interface ReliabilityFigures {
  crossCityRequests: number;
  leaks: number;
  malformedInputs: number;
  serverErrors: number;
  killRounds: number;
  lostWrites: number;
}

export function readFigures(file: string): Partial<ReliabilityFigures> {
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<ReliabilityFigures>)
    : {};
}

export function formatReliabilityLine(figures: Partial<ReliabilityFigures>): string {
  const value = (key: keyof ReliabilityFigures) => figures[key] ?? 0;
  return (
    `reliability: cross-city requests ${value('crossCityRequests')}, leaks ${value('leaks')}, ` +
    `malformed inputs ${value('malformedInputs')}, 5xx ${value('serverErrors')}, ` +
    `kill rounds ${value('killRounds')}, lost writes ${value('lostWrites')}`
  );
}
