import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../src/language', import.meta.url));

// The editor runs the check in the browser from "@concord/domain/engine", which must stay
// free of zod: only the schema file may import it (at runtime).
describe('language module imports', () => {
  it('keeps zod and node: modules out of everything but the schema', async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith('.ts'));
    expect(files).toContain('check-language.ts');
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(join(DIR, file), 'utf8');
      const runtime = [
        ...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm),
      ].map((m) => m[1]!);
      const bad = runtime.filter(
        (i) =>
          i.startsWith('node:') ||
          i === 'yaml' ||
          (file !== 'language.schema.ts' && (i === 'zod' || i.endsWith('.schema.js'))),
      );
      if (bad.length > 0) offenders.push(`${file}: ${bad.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });
});
