import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? sourceFiles(join(dir, e.name))
        : Promise.resolve(
            e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
          ),
    ),
  );
  return nested.flat();
}

// Runtime imports only: `import type` and `export type` vanish at build time.
function runtimeImports(text: string): string[] {
  const found: string[] = [];
  const pattern = /^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm;
  for (const match of text.matchAll(pattern)) found.push(match[1] ?? match[2]!);
  return found;
}

const files = await sourceFiles(SRC);
const table = await Promise.all(
  files.map(async (file) => ({
    file: relative(SRC, file),
    imports: runtimeImports(await readFile(file, 'utf8')),
  })),
);

describe('domain import rules', () => {
  it('uses node: modules and yaml only in src/node', () => {
    const offenders = table
      .filter(({ file }) => !file.startsWith('node/'))
      .filter(({ imports }) => imports.some((i) => i.startsWith('node:') || i === 'yaml'));
    expect(offenders.map((o) => o.file)).toEqual([]);
  });

  it('keeps zod out of the engine, localisation, upgrades and checks (the browser bundle)', () => {
    const zodFree = table.filter(
      ({ file }) =>
        /^(engine|i18n|upgrades|check)\//.test(file) || file === 'answers/answers.types.ts',
    );
    expect(zodFree.length).toBeGreaterThan(20);
    const offenders = zodFree.filter(({ imports }) =>
      imports.some((i) => i === 'zod' || i.endsWith('.schema.js')),
    );
    expect(offenders).toEqual([]);
  });

  it('imports nothing from the apps', () => {
    expect(
      table.filter(({ imports }) =>
        imports.some(
          (i) =>
            i.includes('apps/') || i.startsWith('@concord/server') || i.startsWith('@concord/web'),
        ),
      ),
    ).toEqual([]);
  });
});
