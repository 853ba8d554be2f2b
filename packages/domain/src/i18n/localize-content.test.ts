import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from '../../test/fixtures/fixture-library.js';
import { compileContent } from '../engine/compile-content.js';
import { evaluate } from '../engine/evaluate.js';
import { localizeContent } from './localize-content.js';
import { listTranslatableKeys } from './translatable-strings.js';

describe('listTranslatableKeys', () => {
  const keys = listTranslatableKeys(fixtureLibrary);

  it('names every user-facing string by owning id and field path', () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'fx.title',
        'fx.citation.fx.basics',
        'fx:basics.title',
        'fx:basics.summary',
        'fx:basics:q:choice.label',
        'fx:basics:q:choice.option.b',
        'fx:basics:q:choice.option.b.help',
        'fx:basics:q:ok.help',
        'fx:basics:q:count.unit',
        'fx:money:q:sources.field.kind.label',
        'fx:money:q:sources.field.kind.option.donor',
        'fx:ref:departments:youth.label',
        'fx:ref:departments:youth.description',
        'fx:example:town.summary',
        'fx:rule:BAS-02.title',
        'fx:rule:BAS-02.why',
        'fx:rule:BAS-02.actions.1',
        'fx:score:readiness.criteria.1.reason',
      ]),
    );
  });

  it('lists each key once and never lists options taken from a reference list', () => {
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.some((k) => k.startsWith('fx:basics:q:depts.option'))).toBe(false);
  });
});

describe('localizeContent', () => {
  const fr = {
    'fx:rule:BAS-02.title': 'Pas bon',
    'fx:rule:BAS-02.actions.0': 'Corriger',
    'fx:basics:q:choice.option.a': 'Option A',
    'fx:ref:departments:youth.label': 'Jeunesse',
  };

  it('replaces translated strings and reports every string left in English', () => {
    const { content, untranslated } = localizeContent(fixtureLibrary, { fr }, 'fr');
    const rule = content.rules.find((r) => r.id === 'fx:rule:BAS-02')!;
    expect(rule.title).toBe('Pas bon');
    expect(rule.why).toBe('It said no.');
    expect(rule.actions).toEqual(['Corriger', 'Check again']);
    expect(untranslated).toContain('fx:rule:BAS-02.why');
    expect(untranslated).toContain('fx:rule:BAS-02.actions.1');
    expect(untranslated).not.toContain('fx:rule:BAS-02.title');
    expect(untranslated.length).toBe(
      listTranslatableKeys(fixtureLibrary).length - Object.keys(fr).length,
    );
  });

  it('reports everything untranslated for a locale with no file, and nothing for English', () => {
    expect(localizeContent(fixtureLibrary, {}, 'ar').untranslated).toEqual(
      listTranslatableKeys(fixtureLibrary),
    );
    expect(localizeContent(fixtureLibrary, { fr }, 'en')).toMatchObject({
      content: fixtureLibrary,
      untranslated: [],
    });
  });

  it('feeds translated texts through to findings and reference options', () => {
    const localized = compileContent(localizeContent(fixtureLibrary, { fr }, 'fr').content);
    expect(localized.questions.get('fx:basics:q:depts')!.options![0]!.label).toBe('Jeunesse');
    const result = evaluate(
      localized,
      { contentVersion: 3, values: { 'fx:basics:q:choice': 'a', 'fx:basics:q:ok': 'no' } },
      { today: '2025-01-01' },
    );
    expect(result.findings[0]!.title).toBe('Pas bon');
  });

  it('does not change the source library', () => {
    const before = structuredClone(fixtureLibrary);
    localizeContent(fixtureLibrary, { fr }, 'fr');
    expect(fixtureLibrary).toEqual(before);
  });
});
