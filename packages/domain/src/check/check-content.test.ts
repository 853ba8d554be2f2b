import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from '../../test/fixtures/fixture-library.js';
import type { Condition } from '../content/condition.schema.js';
import type { ContentLibrary } from '../content/library.schema.js';
import { listTranslatableKeys } from '../i18n/translatable-strings.js';
import { checkContent } from './check-content.js';

const lenient = { locales: { required: ['fr'], strict: false } };
const edit = (change: (library: ContentLibrary) => void): ContentLibrary => {
  const library = structuredClone(fixtureLibrary);
  change(library);
  return library;
};
const errorsOf = (library: ContentLibrary) =>
  checkContent(library, {}, lenient)
    .problems.filter((p) => p.level === 'error')
    .map((p) => `${p.path}: ${p.message}`);
const withRuleWhen = (when: Condition) => edit((l) => (l.rules[0]!.when = when));

describe('checkContent', () => {
  it('passes the fixture library and counts what it holds', () => {
    const report = checkContent(fixtureLibrary, {}, lenient);
    expect(report.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(report.stats).toEqual({ sections: 3, questions: 13, rules: 7, examples: 1, scores: 3 });
  });

  it.each<[string, ContentLibrary, RegExp]>([
    ['a duplicate id', edit((l) => (l.rules[1]!.id = l.rules[0]!.id)), /already used/],
    [
      'a question id outside its section',
      edit((l) => (l.sections[0]!.questions[0]!.id = 'fx:money:q:choice')),
      /should look like fx:basics:q:<name>/,
    ],
    ['a badly shaped rule code', edit((l) => (l.rules[0]!.id = 'fx:rule:bas-2')), /rule:MAN-01/],
    [
      'a strength without an STR code',
      edit((l) => (l.rules[6]!.id = 'fx:rule:MON-09')),
      /STR-<NN>/,
    ],
    [
      'a recurrence on a field that is not single choice',
      edit((l) => (l.rules[5]!.recurrence!.field = 'amount')),
      /not a single-choice field/,
    ],
    [
      'a recurrence on an option that does not exist',
      edit((l) => (l.rules[5]!.recurrence!.everyMonths = { lottery: 1 })),
      /lottery is not an option of kind/,
    ],
    [
      'a recurrence due date that is not a date',
      edit((l) => (l.rules[5]!.recurrence!.nextDue = 'fx:basics:q:name')),
      /not a date question/,
    ],
    [
      'a duplicate option id',
      edit((l) =>
        (l.sections[0]!.questions[0] as { options: { id: string; label: string }[] }).options.push({
          id: 'a',
          label: 'Again',
        }),
      ),
      /Option id a appears twice/,
    ],
    [
      'a condition naming an unknown question',
      withRuleWhen({ op: 'answered', q: 'fx:basics:q:ghost' }),
      /Unknown question fx:basics:q:ghost/,
    ],
    [
      'an option value that does not exist',
      withRuleWhen({ op: 'equals', q: 'fx:basics:q:choice', value: 'd' }),
      /"d" is not an option/,
    ],
    [
      'a yes-no-unknown compared with a boolean',
      withRuleWhen({ op: 'equals', q: 'fx:basics:q:ok', value: true }),
      /true is not an option/,
    ],
    [
      'includes on a single',
      withRuleWhen({ op: 'includes', q: 'fx:basics:q:choice', value: 'a' }),
      /includes cannot test a single/,
    ],
    [
      'compare on text',
      withRuleWhen({ op: 'compare', q: 'fx:basics:q:name', cmp: 'gt', value: 1 }),
      /compare cannot test a text/,
    ],
    [
      'a row operator on a non-group',
      withRuleWhen({
        op: 'some-row',
        q: 'fx:basics:q:tags',
        where: { op: 'answered', field: 'kind' },
      }),
      /needs a group question/,
    ],
    [
      'a field outside a row operator',
      withRuleWhen({ op: 'answered', field: 'kind' }),
      /only allowed inside the `where`/,
    ],
    [
      'a field the group lacks',
      withRuleWhen({
        op: 'some-row',
        q: 'fx:money:q:sources',
        where: { op: 'answered', field: 'colour' },
      }),
      /has no field colour/,
    ],
    [
      'a share over a text field',
      withRuleWhen({
        op: 'share',
        q: 'fx:money:q:sources',
        amountField: 'currency',
        where: { op: 'answered', field: 'kind' },
        cmp: 'gt',
        value: 0.5,
      }),
      /must be a number or an amount/,
    ],
    [
      'a date bound on a non-date',
      withRuleWhen({ op: 'date-within', q: 'fx:basics:q:start', to: { q: 'fx:basics:q:name' } }),
      /date bound must name a date/,
    ],
    [
      'a contradiction',
      withRuleWhen({
        op: 'all',
        of: [
          { op: 'equals', q: 'fx:basics:q:ok', value: 'yes' },
          { op: 'equals', q: 'fx:basics:q:ok', value: 'no' },
        ],
      }),
      /can never hold/,
    ],
    [
      'unanswered and tested at once',
      withRuleWhen({
        op: 'all',
        of: [
          { op: 'not', cond: { op: 'answered', q: 'fx:basics:q:count' } },
          { op: 'compare', q: 'fx:basics:q:count', cmp: 'gt', value: 1 },
        ],
      }),
      /can never hold/,
    ],
    [
      'a question depending on itself',
      edit(
        (l) => (l.sections[0]!.questions[0]!.when = { op: 'answered', q: 'fx:basics:q:choice' }),
      ),
      /depends on its own answer/,
    ],
    [
      'a cycle between questions',
      edit((l) => {
        l.sections[0]!.questions[0]!.when = { op: 'answered', q: 'fx:basics:q:tags' };
        l.sections[0]!.questions[1]!.when = { op: 'equals', q: 'fx:basics:q:choice', value: 'a' };
      }),
      /Applicability cycle/,
    ],
    ['an unknown cite key', edit((l) => (l.rules[0]!.cites = ['fx.nowhere'])), /Cites fx.nowhere/],
    [
      'an unknown example',
      edit((l) => (l.rules[0]!.examples = ['fx:example:atlantis'])),
      /Unknown example/,
    ],
    [
      'a rule in an unknown section',
      edit((l) => (l.rules[0]!.section = 'fx:nowhere')),
      /Unknown section fx:nowhere/,
    ],
    [
      'an unknown optionsFrom list',
      edit(
        (l) => ((l.sections[0]!.questions[10] as { optionsFrom: string }).optionsFrom = 'sports'),
      ),
      /No reference list sports/,
    ],
    [
      'a reference id that does not match its file',
      edit((l) => (l.reference.departments![0]!.id = 'fx:ref:teams:youth')),
      /fx:ref:departments:youth/,
    ],
    [
      'an upgrade with no function',
      edit((l) => l.upgrades.push({ from: 2, to: 3, summary: 'x' })),
      /No answer upgrade from version 2 to 3/,
    ],
    [
      'a herfindahl over a missing key field',
      edit((l) => {
        const score = l.scores[1] as { metric: { keyField: string } };
        score.metric.keyField = 'colour';
      }),
      /colour is not a field/,
    ],
  ])('reports %s', (_name, library, pattern) => {
    expect(errorsOf(library).join('\n')).toMatch(pattern);
  });

  it('reports missing translations as errors only for required locales in strict mode', () => {
    const keys = listTranslatableKeys(fixtureLibrary);
    const almost = Object.fromEntries(keys.slice(1).map((k) => [k, `fr ${k}`]));
    const strict = checkContent(
      fixtureLibrary,
      { fr: almost, de: {} },
      { locales: { required: ['fr'], strict: true } },
    );
    expect(strict.problems.filter((p) => p.level === 'error')).toEqual([
      { level: 'error', path: 'locales/fr: fx', message: 'missing translation of title' },
    ]);
    expect(strict.coverage.map((c) => [c.locale, c.translated, c.missing.length])).toEqual([
      ['de', 0, keys.length],
      ['fr', keys.length - 1, 1],
    ]);
    const relaxed = checkContent(
      fixtureLibrary,
      { fr: almost },
      { locales: { required: ['fr'], strict: false } },
    );
    expect(relaxed.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('warns about translations of keys the content no longer has', () => {
    const report = checkContent(
      fixtureLibrary,
      { fr: { 'fx:rule:OLD-01.title': 'Ancien' } },
      lenient,
    );
    expect(report.problems).toContainEqual({
      level: 'warning',
      path: 'locales/fr: fx:rule:OLD-01.title',
      message: 'Key does not exist in the content (renamed or removed?)',
    });
  });
});
