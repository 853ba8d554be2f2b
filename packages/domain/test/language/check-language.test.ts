import { describe, expect, it } from 'vitest';
import { checkLanguage, compileWordList } from '../../src/language/index.js';
import { fixtureWordList, listFor } from './language.helper.js';

const list = fixtureWordList();
const check = (text: string, glossary: Record<string, unknown>[] = []) =>
  checkLanguage({ text, locale: 'en', wordList: list, glossary });
const ids = (text: string) => check(text).flags.map((f) => f.entryId.replace('strategy:lang:', ''));

describe('checkLanguage offsets', () => {
  it('reports UTF-16 offsets that slice back to the match, after astral characters too', () => {
    const text = '🙂🙂 Terror, then\nP/CVE.';
    const { flags } = check(text);
    expect(flags.map((f) => [f.start, f.end, f.match])).toEqual([
      [5, 11, 'Terror'],
      [18, 23, 'P/CVE'],
    ]);
    for (const f of flags) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it('carries the entry data with each flag', () => {
    expect(check('terrorism').flags[0]).toEqual({
      entryId: 'strategy:lang:terror',
      category: 'securitised-framing',
      severity: 'medium',
      start: 0,
      end: 9,
      match: 'terrorism',
      why: 'Why terror',
      suggestions: ['instead of terror'],
      cites: ['strategy.considerations.securitisation'],
    });
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(check('')).toEqual({
      locale: 'en',
      wordListVersion: 3,
      flags: [],
      undefinedKeyTerms: [],
    });
    expect(check('deterrence, terrorised, hatefulness').flags).toEqual([]);
  });
});

describe('checkLanguage overlaps', () => {
  it('lets the longest match win over one inside it', () => {
    expect(ids('counter-terrorism')).toEqual(['counter-terrorism']);
    expect(ids('the war on terror')).toEqual(['war-on-terror']);
  });

  it('keeps the earlier of two equally long overlapping phrases', () => {
    const { flags } = check('a suspect community hotspot');
    expect(flags.map((f) => f.match)).toEqual(['suspect community']);
  });

  it('reports neighbouring matches that do not overlap, in text order', () => {
    expect(ids('terror P/CVE suspect community terror')).toEqual([
      'terror',
      'pcve',
      'suspect-community',
      'terror',
    ]);
  });

  it('gives the same result whatever the order of the list', () => {
    const reversed = fixtureWordList({ entries: [...list.entries].reverse() });
    const text = 'war on terror, counter-terrorism, a suspect community hotspot, terrorism';
    const strip = (r: ReturnType<typeof check>) => r.flags;
    expect(strip(checkLanguage({ text, locale: 'en', wordList: reversed }))).toEqual(
      strip(check(text)),
    );
  });
});

describe('checkLanguage phrases', () => {
  it.each([
    ['war  on\nterror', true],
    ['war-on-terror', true],
    ['WAR ON TERROR', true],
    ['war, on terror', false],
    ['war on. Terror', false],
  ])('"%s" is one phrase: %s', (text, isPhrase) => {
    expect(ids(text).includes('war-on-terror')).toBe(isPhrase);
  });

  it('removes a listed prefix from the first word only, keeping the span on the whole word', () => {
    const prefixed = fixtureWordList({ prefixes: ['x', 'xy'] });
    const run = (text: string) =>
      checkLanguage({ text, locale: 'en', wordList: prefixed }).flags.map((f) => f.match);
    expect(run('xterror xyterror yterror')).toEqual(['xterror', 'xyterror']);
    expect(run('xwar on terror')).toEqual(['xwar on terror']);
    expect(run('war on xterror')).toEqual(['xterror']);
  });

  it('does not strip a prefix when less than two letters would remain', () => {
    const prefixed = fixtureWordList({
      prefixes: ['x'],
      entries: [{ ...list.entries[0]!, patterns: ['t'] }],
    });
    expect(
      checkLanguage({ text: 't xt', locale: 'en', wordList: prefixed }).flags.map((f) => f.match),
    ).toEqual(['t']);
  });
});

describe('checkLanguage key terms and the glossary', () => {
  const text = 'Extremism and hate; extremist views.';
  const undefinedIds = (glossary: Record<string, unknown>[]) =>
    check(text, glossary).undefinedKeyTerms.map(
      (k) => `${k.keyTermId.split(':').pop()}@${k.start}`,
    );

  it('reports every use of a key term the glossary does not define', () => {
    expect(check(text).undefinedKeyTerms).toEqual([
      {
        keyTermId: 'strategy:lang:key:extremism',
        term: 'extremism',
        start: 0,
        end: 9,
        match: 'Extremism',
      },
      { keyTermId: 'strategy:lang:key:hate', term: 'hate', start: 14, end: 18, match: 'hate' },
      {
        keyTermId: 'strategy:lang:key:extremism',
        term: 'extremism',
        start: 20,
        end: 29,
        match: 'extremist',
      },
    ]);
  });

  it.each<[string, Record<string, unknown>[], string[]]>([
    [
      'an agreed definition silences the term',
      [{ term: 'extremism', definition: 'D', consensus: 'agreed' }],
      ['hate@14'],
    ],
    [
      'a longer glossary term containing it counts',
      [{ term: 'Violent EXTREMISM', definition: 'D', consensus: 'agreed' }],
      ['hate@14'],
    ],
    [
      'a proposed definition does not',
      [{ term: 'extremism', definition: 'D', consensus: 'proposed' }],
      ['extremism@0', 'hate@14', 'extremism@20'],
    ],
    [
      'a contested one does not',
      [{ term: 'hate', definition: 'D', consensus: 'contested' }],
      ['extremism@0', 'hate@14', 'extremism@20'],
    ],
    [
      'agreed without a written definition does not',
      [{ term: 'hate', definition: '  ', consensus: 'agreed' }],
      ['extremism@0', 'hate@14', 'extremism@20'],
    ],
    [
      'a row without a term is ignored',
      [{ definition: 'D', consensus: 'agreed' }],
      ['extremism@0', 'hate@14', 'extremism@20'],
    ],
    [
      'several rows combine',
      [
        { id: 'r1', term: 'Hate', definition: 'D', consensus: 'agreed' },
        { id: 'r2', term: 'extremist', definition: 'D', consensus: 'agreed' },
      ],
      [],
    ],
  ])('%s', (_name, glossary, expected) => {
    expect(undefinedIds(glossary)).toEqual(expected);
  });

  it('reports key terms apart from flags, so one word may be both', () => {
    const withKey = fixtureWordList({
      keyTerms: [{ id: 'strategy:lang:key:terror', term: 'terror', patterns: ['terror'] }],
    });
    const result = checkLanguage({ text: 'terror', locale: 'en', wordList: withKey });
    expect(result.flags.map((f) => f.match)).toEqual(['terror']);
    expect(result.undefinedKeyTerms.map((k) => k.match)).toEqual(['terror']);
  });
});

describe('checkLanguage misuse and reuse', () => {
  it('refuses a text in another language than the list', () => {
    expect(() => checkLanguage({ text: 'x', locale: 'fr', wordList: list })).toThrow(
      /fr.*en word list/,
    );
  });

  it('accepts a regional variant of the list language', () => {
    expect(checkLanguage({ text: 'terror', locale: 'en-GB', wordList: list }).flags).toHaveLength(
      1,
    );
  });

  it('gives the same result with a compiled list', () => {
    const text = 'war on terror and extremism';
    expect(checkLanguage({ text, locale: 'en', wordList: compileWordList(list) })).toEqual(
      check(text),
    );
  });
});

describe('checkLanguage speed', () => {
  it.each(['en', 'fr', 'ar'])('checks 50,000 characters of %s text (time printed)', (locale) => {
    const wordList = compileWordList(listFor(locale));
    const sample = {
      en: 'The counter-terrorism plan targets hotspot neighbourhoods, radicals and extremism; residents meet in libraries and sports clubs to talk about safety. ',
      fr: "Le plan d'antiterrorisme vise les quartiers sensibles et la radicalisation ; les habitants se retrouvent à la bibliothèque pour parler de sécurité. ",
      ar: 'تهدف خطة المدينة لمكافحة الإرهاب إلى رصد المتطرفين، ويلتقي السكان في المكتبات والأندية للحديث عن السلامة والكراهية. ',
    }[locale]!;
    const text = sample.repeat(Math.ceil(50_000 / sample.length)).slice(0, 50_000);
    checkLanguage({ text, locale, wordList }); // warm-up: the first call also compiles regexes
    // The median of several runs, because the suite shares two cores with other test files.
    const times: number[] = [];
    let result = checkLanguage({ text, locale, wordList });
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      result = checkLanguage({ text, locale, wordList });
      times.push(performance.now() - started);
    }
    const median = times.sort((a, b) => a - b)[3]!;
    const fromRaw = performance.now();
    checkLanguage({ text, locale, wordList: listFor(locale) });
    const withCompile = performance.now() - fromRaw;
    console.log(
      `checkLanguage ${locale}: 50,000 chars in ${median.toFixed(1)} ms (median of 7, compiled list), ${withCompile.toFixed(1)} ms (one run, list compiled in the call); ${result.flags.length} flags, ${result.undefinedKeyTerms.length} undefined key terms`,
    );
    expect(result.flags.length).toBeGreaterThan(300);
    expect(result.undefinedKeyTerms.length).toBeGreaterThan(300);
  });
});
