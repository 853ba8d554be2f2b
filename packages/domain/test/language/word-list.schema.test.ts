import { describe, expect, it } from 'vitest';
import type { ContentLibrary } from '../../src/content/library.schema.js';
import { checkContent } from '../../src/check/index.js';
import { WordListSchema, type WordListInput } from '../../src/language/language.schema.js';
import { fixtureLibrary } from '../fixtures/fixture-library.js';
import { fixtureWordList, wordLists } from './language.helper.js';

const valid = (): WordListInput => structuredClone(fixtureWordList());
const issuesOf = (change: (list: WordListInput & Record<string, unknown>) => void): string[] => {
  const list = valid() as WordListInput & Record<string, unknown>;
  change(list);
  const parsed = WordListSchema.safeParse(list);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('WordListSchema', () => {
  it('accepts the fixture and every word list in content/strategy/language', () => {
    expect(issuesOf(() => {})).toEqual([]);
    expect(Object.keys(wordLists).sort()).toEqual(['ar', 'en', 'fr']);
    for (const list of Object.values(wordLists)) {
      expect(list.entries.length).toBeGreaterThanOrEqual(20);
      expect(list.keyTerms.map((k) => k.id).sort()).toEqual([
        'strategy:lang:key:extremism',
        'strategy:lang:key:hate',
        'strategy:lang:key:polarisation',
        'strategy:lang:key:radicalisation',
      ]);
    }
  });

  it.each<[string, (l: WordListInput & Record<string, unknown>) => void, RegExp]>([
    [
      'an entry without patterns',
      (l) => (l.entries[0]!.patterns = []),
      /entries\.0\.patterns: List at least one pattern/,
    ],
    [
      'a blank pattern',
      (l) => (l.entries[0]!.patterns = ['  ']),
      /entries\.0\.patterns\.0: Write a word or phrase/,
    ],
    [
      'a pattern of punctuation only',
      (l) => (l.entries[0]!.patterns = ['--']),
      /at least one letter or digit/,
    ],
    [
      'a duplicate id',
      (l) => (l.entries[1]!.id = l.entries[0]!.id),
      /entries\.1\.id: Id strategy:lang:terror is already used/,
    ],
    [
      'the same pattern under two entries, up to case and hyphens',
      (l) => (l.entries[1]!.patterns = ['Counter terrorism', 'TERROR']),
      /entries\.1\.patterns\.1: Pattern "TERROR" finds the same words as one listed under strategy:lang:terror/,
    ],
    [
      'an id without the lang kind',
      (l) => (l.entries[0]!.id = 'strategy:rule:terror'),
      /strategy:lang:counter-terrorism/,
    ],
    [
      'a key term id without key',
      (l) => (l.keyTerms![0]!.id = 'strategy:lang:extremism'),
      /strategy:lang:key:radicalisation/,
    ],
    [
      'an unknown category',
      (l) => ((l.entries[0] as { category: string }).category = 'scary'),
      /entries\.0\.category/,
    ],
    [
      'a critical severity',
      (l) => ((l.entries[0] as { severity: string }).severity = 'critical'),
      /entries\.0\.severity/,
    ],
    [
      'no suggestion',
      (l) => (l.entries[0]!.suggestions = []),
      /Suggest at least one plainer wording/,
    ],
    ['no cite', (l) => (l.entries[0]!.cites = []), /entries\.0\.cites/],
    [
      'an unknown key (a typo)',
      (l) => ((l.entries[0] as Record<string, unknown>).sugestions = ['x']),
      /Unrecognized key/,
    ],
    [
      'a missing finding text',
      (l) => delete (l.findings as Record<string, unknown>)['LANG-02'],
      /findings\.LANG-02/,
    ],
    ['a bad locale', (l) => (l.locale = 'English'), /locale: Use a BCP 47 code/],
    ['no entries at all', (l) => (l.entries = []), /entries/],
  ])('rejects %s', (_name, change, message) => {
    expect(issuesOf(change).join('\n')).toMatch(message);
  });
});

describe('checkContent on word lists', () => {
  const withLists = (change: (library: ContentLibrary) => void = () => {}): ContentLibrary => {
    const library = structuredClone(fixtureLibrary);
    library.language = { en: fixtureWordList() };
    library.citations['strategy.considerations.securitisation'] = 'Avoid securitisation';
    change(library);
    return library;
  };
  const problemsOf = (library: ContentLibrary) =>
    checkContent(library, {}, { locales: { required: ['fr'], strict: false } })
      .problems.filter((p) => p.path.startsWith('language') || p.message.includes('language check'))
      .map((p) => `${p.level} ${p.path}: ${p.message}`);

  it('passes a list whose file name, ids and cites fit the library, and warns about missing languages', () => {
    const library = withLists();
    // The fixture library's id is not strategy, so give the list ids its prefix.
    for (const e of library.language!.en!.entries)
      e.id = e.id.replace('strategy:', `${library.id}:`);
    for (const k of library.language!.en!.keyTerms)
      k.id = k.id.replace('strategy:', `${library.id}:`);
    expect(problemsOf(library)).toEqual([
      'warning language/fr.yaml: No word list for fr, so texts in that language are not checked',
    ]);
  });

  it.each<[string, (l: ContentLibrary) => void, RegExp]>([
    [
      'a file name that is not its locale',
      (l) => (l.language = { fr: l.language!.en! }),
      /language\/fr\.locale: Locale en does not match the file name fr\.yaml/,
    ],
    [
      'ids of another library',
      () => {},
      /language\/en\.entries\.0: Id strategy:lang:terror should start with fx:lang:/,
    ],
    [
      'an unknown cite',
      (l) => (l.language!.en!.entries[0]!.cites = ['strategy.nowhere']),
      /entries\.0\.cites: Cites strategy\.nowhere/,
    ],
    [
      'a content rule that takes a LANG code',
      (l) => (l.rules[0]!.id = `${l.id}:rule:LANG-01`),
      /LANG-01 is produced by the language check/,
    ],
  ])('reports %s', (_name, change, message) => {
    const library = withLists(change);
    const errors = checkContent(library, {}, { locales: { required: [], strict: false } })
      .problems.filter((p) => p.level === 'error')
      .map((p) => `${p.path}: ${p.message}`);
    expect(errors.join('\n')).toMatch(message);
  });

  it('checks nothing when the library has no word lists (built in code)', () => {
    expect(problemsOf(structuredClone(fixtureLibrary))).toEqual([]);
  });
});
