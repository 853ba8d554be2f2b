import { describe, expect, it } from 'vitest';
import { useTempTrees } from '../../test/fixtures/temp-tree.js';
import { ContentError } from '../engine/content-error.js';
import { compileContent } from '../engine/compile-content.js';
import { loadContent } from './load-content.js';

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
  - { id: tiny:one:q:team, type: multi, label: Team, optionsFrom: teams }
`;
const RULES = `- id: tiny:rule:ONE-1
  kind: gap
  severity: high
  section: tiny:one
  when: { op: equals, q: tiny:one:q:ok, value: "no" }
  title: Not OK
  why: Because.
  actions: [Fix it]
  cites: [tiny.a]
`;
const TEAMS = `- { id: tiny:ref:teams:red, slug: red, label: Red }\n`;

const writeTree = useTempTrees('concord-content-');

const validTree = {
  'library.yaml': LIBRARY,
  'sections/01-one.yaml': SECTION,
  'rules/one.yaml': RULES,
  'reference/teams.yaml': TEAMS,
  'locales/fr/rules-one.yaml': 'tiny:rule:ONE-1.title: Pas bon\n',
  'locales/fr/sections-one.yaml': 'tiny:one.title: Un\n',
};

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  try {
    await loadContent(await writeTree(files));
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('loadContent', () => {
  it('assembles library, sections, reference lists, rules and merged locales', async () => {
    const { library, locales } = await loadContent(await writeTree(validTree));
    expect(library.sections.map((s) => s.id)).toEqual(['tiny:one']);
    expect(Object.keys(library.reference)).toEqual(['teams']);
    expect(library.rules).toHaveLength(1);
    expect(library.examples).toEqual([]);
    expect(library.upgrades).toEqual([]);
    expect(locales).toEqual({ fr: { 'tiny:rule:ONE-1.title': 'Pas bon', 'tiny:one.title': 'Un' } });
    expect(compileContent(library).questions.get('tiny:one:q:team')!.options).toEqual([
      { id: 'red', label: 'Red' },
    ]);
  });

  it('names the file and the path inside it for a schema problem', async () => {
    const problems = await problemsOf({
      ...validTree,
      'rules/one.yaml': RULES.replace('op: equals', 'op: same-as'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/rules\/one\.yaml: 0\.when\.op: Invalid discriminator/);
  });

  it('reports YAML syntax errors and problems in several files together', async () => {
    const problems = await problemsOf({
      ...validTree,
      'sections/01-one.yaml': `${SECTION}  - { id: tiny:one:q:bad, type: colour, label: X }\n`,
      'reference/teams.yaml': '- { id: tiny:ref:teams:red, slug: red, label: Red\n',
    });
    expect(problems.some((p) => /sections\/01-one\.yaml: questions\.2\.type/.test(p))).toBe(true);
    expect(problems.some((p) => /reference\/teams\.yaml: YAML/.test(p))).toBe(true);
  });

  it('rejects a translation key defined in two files of one locale', async () => {
    const problems = await problemsOf({
      ...validTree,
      'locales/fr/more.yaml': 'tiny:one.title: Une\n',
    });
    expect(problems.join('\n')).toMatch(/tiny:one\.title: Key also defined in/);
  });

  it('rejects a duplicate key inside one YAML file', async () => {
    const problems = await problemsOf({ ...validTree, 'library.yaml': `${LIBRARY}title: Again\n` });
    expect(problems.join('\n')).toMatch(/library\.yaml: YAML/);
  });

  it('loads the real content of this repository', async () => {
    const { library } = await loadContent();
    expect(library.id).toBe('strategy');
    expect(library.sections.map((s) => s.id)).toEqual([
      'strategy:mandate',
      'strategy:awareness',
      'strategy:sufficiency',
      'strategy:framework',
      'strategy:principles',
      'strategy:considerations',
      'strategy:institutionalisation',
      'strategy:sustainability',
      'strategy:resources',
      'strategy:funding',
    ]);
  });
});
