import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../src/dashboards', import.meta.url));

// The dashboards ship in the browser bundle through @concord/domain/engine: no zod, no schemas,
// no Node modules at runtime (`import type` is erased and allowed).
describe('dashboards imports', () => {
  it('import nothing but the engine, answer types and each other at runtime', async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(join(DIR, file), 'utf8');
      for (const match of text.matchAll(
        /^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm,
      )) {
        const source = match[1]!;
        if (source === 'zod' || source.endsWith('.schema.js') || source.startsWith('node:'))
          offenders.push(`${file}: ${source}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
