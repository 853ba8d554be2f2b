import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/answers.types.js';
import { compileContent } from '../../src/engine/index.js';
import {
  checkAnswersLanguage,
  checkLanguage,
  languageFindings,
  readGlossary,
  type LocatedLanguageResult,
} from '../../src/language/index.js';
import { loadContent } from '../../src/node/index.js';
import { fixtureWordList, listFor } from './language.helper.js';

const list = fixtureWordList();
const resultOf = (text: string, location?: LocatedLanguageResult['location']) => ({
  ...checkLanguage({ text, locale: 'en', wordList: list }),
  ...(location ? { location } : {}),
});

describe('languageFindings', () => {
  it('yields nothing when no text has flags or undefined key terms', () => {
    expect(languageFindings({ results: [resultOf('community safety')], wordList: list })).toEqual(
      [],
    );
  });

  it('turns flags into one LANG-01 finding with every occurrence and where it is', () => {
    const location = { q: 'strategy:framework:q:conceptual-framing' };
    const [finding, ...rest] = languageFindings({
      results: [resultOf('war on terror', location), resultOf('P/CVE')],
      wordList: list,
    });
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      ruleId: 'strategy:rule:LANG-01',
      kind: 'gap',
      severity: 'medium',
      section: 'strategy:considerations',
      title: 'Wording',
      why: 'Because wording.',
      actions: ['Reword'],
      cites: ['strategy.considerations.securitisation'],
      examples: [],
      tags: ['language', 'securitisation'],
      source: 'language',
      occurrences: [
        {
          entryId: 'strategy:lang:war-on-terror',
          match: 'war on terror',
          start: 0,
          end: 13,
          location,
        },
        { entryId: 'strategy:lang:pcve', match: 'P/CVE', start: 0, end: 5 },
      ],
    });
  });

  it('is only as severe as its most severe flag', () => {
    const [onlyInfo] = languageFindings({ results: [resultOf('war on terror')], wordList: list });
    expect(onlyInfo!.severity).toBe('info');
  });

  it('adds LANG-02 for key terms without an agreed definition, medium ones first', () => {
    const findings = languageFindings({
      results: [resultOf('hate and war on terror')],
      wordList: list,
    });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['strategy:rule:LANG-02', 'medium'],
      ['strategy:rule:LANG-01', 'info'],
    ]);
    expect(findings[0]!.occurrences).toEqual([
      { keyTermId: 'strategy:lang:key:hate', match: 'hate', start: 0, end: 4 },
    ]);
    expect(findings[0]!.cites).toEqual(['strategy.considerations.definitions']);
  });

  it('takes its texts from the word list it is given (the reader’s language)', () => {
    const results = [checkLanguage({ text: 'terror', locale: 'en', wordList: listFor('en') })];
    const [french] = languageFindings({ results, wordList: listFor('fr') });
    expect(french!.title).toBe(listFor('fr').findings['LANG-01'].title);
  });
});

const { library } = await loadContent();
const content = compileContent(library);
const answers = (values: Answers['values']): Answers => ({
  contentVersion: content.version,
  values,
});

describe('checkAnswersLanguage', () => {
  const values: Answers['values'] = {
    'strategy:framework:q:conceptual-framing': 'A counter-terrorism plan against radicalisation.',
    'strategy:considerations:q:glossary': [
      {
        id: 'g1',
        term: 'Radicalisation',
        definition: 'Counter-terrorism speak.',
        consensus: 'agreed',
      },
    ],
    'strategy:considerations:q:consultations': [
      { id: 'c1', heard: 'Residents dislike the word hotspot.', changed: 'Nothing.' },
    ],
  };

  it('checks text answers and text fields of group rows, in content order, with their location', () => {
    const results = checkAnswersLanguage({
      content,
      answers: answers(values),
      locale: 'en',
      wordList: listFor('en'),
    });
    expect(
      results.map((r) => [r.location, r.flags.map((f) => f.match), r.undefinedKeyTerms]),
    ).toEqual([
      [{ q: 'strategy:framework:q:conceptual-framing' }, ['counter-terrorism'], []],
      [
        { q: 'strategy:considerations:q:consultations', rowId: 'c1', field: 'heard' },
        ['hotspot'],
        [],
      ],
    ]);
  });

  it('leaves out the glossary itself and questions that do not apply', () => {
    const results = checkAnswersLanguage({
      content,
      answers: answers(values),
      locale: 'en',
      wordList: listFor('en'),
      applicable: ['strategy:considerations:q:consultations'],
    });
    expect(results.map((r) => r.location!.q)).toEqual(['strategy:considerations:q:consultations']);
  });

  it('leaves out sensitive questions, which are never published', () => {
    const sensitiveLibrary = structuredClone(library);
    const framing = sensitiveLibrary.sections
      .flatMap((s) => s.questions)
      .find((q) => q.id === 'strategy:framework:q:conceptual-framing')!;
    framing.sensitive = true;
    const results = checkAnswersLanguage({
      content: compileContent(sensitiveLibrary),
      answers: answers(values),
      locale: 'en',
      wordList: listFor('en'),
    });
    expect(results.map((r) => r.location!.q)).toEqual(['strategy:considerations:q:consultations']);
  });

  it('reads the glossary from the answers, so an undefined key term is reported until agreed', () => {
    const proposed = {
      ...values,
      'strategy:considerations:q:glossary': [
        { id: 'g1', term: 'Radicalisation', definition: 'x', consensus: 'proposed' },
      ],
    };
    const [framing] = checkAnswersLanguage({
      content,
      answers: answers(proposed),
      locale: 'en',
      wordList: listFor('en'),
    });
    expect(framing!.undefinedKeyTerms.map((k) => k.match)).toEqual(['radicalisation']);
    expect(readGlossary(proposed)).toHaveLength(1);
    expect(readGlossary({})).toEqual([]);
  });

  it('feeds languageFindings', () => {
    const results = checkAnswersLanguage({
      content,
      answers: answers(values),
      locale: 'en',
      wordList: listFor('en'),
    });
    expect(languageFindings({ results, wordList: listFor('en') }).map((f) => f.ruleId)).toEqual([
      'strategy:rule:LANG-01',
    ]);
  });
});
