import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempTrees } from '../fixtures/temp-tree.js';
import { ContentError } from '../../src/engine/content-error.js';
import { DEFAULT_CONTENT_DIR, loadContent } from '../../src/node/index.js';

const LIBRARY = `id: tiny
version: 1
title: Tiny
source: { guide: G, chapter: C, edition: "2023" }
citations: { tiny.a: "A" }
`;
const SECTION = `id: tiny:one
order: 1
title: One
questions:
  - { id: tiny:one:q:ok, type: yes-no-unknown, label: OK? }
`;
const WORD_LIST = `locale: en
version: 2
entries:
  - id: tiny:lang:terror
    patterns: [terror]
    category: securitised-framing
    severity: medium
    why: Because.
    suggestions: [violence]
    cites: [tiny.a]
findings:
  LANG-01: { title: T1, why: W1, actions: [A1] }
  LANG-02: { title: T2, why: W2, actions: [A2] }
`;

const writeTree = useTempTrees('concord-language-');

const tree = { 'library.yaml': LIBRARY, 'sections/01-one.yaml': SECTION };

describe('loadContent word lists', () => {
  it('puts language/<locale>.yaml under library.language[locale], with defaults', async () => {
    const { library } = await loadContent(
      await writeTree({ ...tree, 'language/en.yaml': WORD_LIST }),
    );
    expect(Object.keys(library.language!)).toEqual(['en']);
    expect(library.language!.en).toMatchObject({
      locale: 'en',
      version: 2,
      prefixes: [],
      keyTerms: [],
    });
  });

  it('gives an empty map when the folder is missing', async () => {
    const { library } = await loadContent(await writeTree(tree));
    expect(library.language).toEqual({});
  });

  it('names the file and the path of each problem', async () => {
    const broken = WORD_LIST.replace('patterns: [terror]', 'patterns: []').replace(
      'cites: [tiny.a]',
      'cites: []',
    );
    try {
      await loadContent(await writeTree({ ...tree, 'language/en.yaml': broken }));
      expect.unreachable('loadContent should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const lines = (error as ContentError).problems.map((p) => `${p.path}: ${p.message}`);
      expect(lines).toEqual([
        expect.stringMatching(
          /language\/en\.yaml: entries\.0\.patterns: List at least one pattern$/,
        ),
        expect.stringMatching(/language\/en\.yaml: entries\.0\.cites: /),
      ]);
    }
  });

  it('loads the real lists (en, fr, ar), each declaring its own locale', async () => {
    const { library } = await loadContent(DEFAULT_CONTENT_DIR);
    for (const [locale, list] of Object.entries(library.language!))
      expect(list.locale).toBe(locale);
    expect(await readFile(join(DEFAULT_CONTENT_DIR, 'language', 'ar.yaml'), 'utf8')).toContain(
      'prefixes:',
    );
  });
});
