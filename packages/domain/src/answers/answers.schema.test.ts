import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from '../../test/fixtures/fixture-library.js';
import { compileContent } from '../engine/compile-content.js';
import { buildAnswersSchema } from './answers.schema.js';

const schema = buildAnswersSchema(compileContent(fixtureLibrary));
const issuesOf = (values: Record<string, unknown>, contentVersion = 3) => {
  const result = schema.safeParse({ contentVersion, values });
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('buildAnswersSchema', () => {
  it('accepts a full, well-typed set of answers', () => {
    expect(
      issuesOf({
        'fx:basics:q:choice': 'a',
        'fx:basics:q:tags': ['x', 'z'],
        'fx:basics:q:ok': 'unknown',
        'fx:basics:q:name': 'Ville',
        'fx:basics:q:story': 'Short.',
        'fx:basics:q:count': 3,
        'fx:basics:q:budget': { amount: 0, currency: 'EUR' },
        'fx:basics:q:start': '2025-01-01',
        'fx:basics:q:depts': ['housing'],
        'fx:money:q:sources': [
          {
            id: 'r1',
            kind: 'donor',
            amount: 10,
            currency: 'EUR',
            ends: '2026-12-31',
            reviewed: 'no',
            dept: 'youth',
          },
        ],
      }),
    ).toEqual([]);
  });

  it('rejects an unknown question id with its path', () => {
    expect(issuesOf({ 'fx:basics:q:nope': 'x' })).toEqual([
      { path: 'values.fx:basics:q:nope', message: 'Unknown question id for content version 3' },
    ]);
  });

  it('rejects answers of another content version', () => {
    expect(issuesOf({}, 2)[0]!.path).toBe('contentVersion');
  });

  it.each([
    ['an unknown option', 'fx:basics:q:choice', 'd', 'values.fx:basics:q:choice'],
    [
      'an option of a reference list that does not exist',
      'fx:basics:q:depts',
      ['sports'],
      'values.fx:basics:q:depts.0',
    ],
    ['a repeated multi option', 'fx:basics:q:tags', ['x', 'x'], 'values.fx:basics:q:tags'],
    ['a yes-no-unknown other than the three', 'fx:basics:q:ok', 'maybe', 'values.fx:basics:q:ok'],
    ['text over its default 500', 'fx:basics:q:name', 'x'.repeat(501), 'values.fx:basics:q:name'],
    [
      'long text over its maxLength',
      'fx:basics:q:story',
      'x'.repeat(51),
      'values.fx:basics:q:story',
    ],
    ['a negative number where min is 0', 'fx:basics:q:count', -1, 'values.fx:basics:q:count'],
    ['a fraction where an integer is needed', 'fx:basics:q:count', 1.5, 'values.fx:basics:q:count'],
    [
      'a negative amount where min is 0',
      'fx:basics:q:budget',
      { amount: -5, currency: 'EUR' },
      'values.fx:basics:q:budget.amount',
    ],
    [
      'a currency that is not ISO 4217 shaped',
      'fx:basics:q:budget',
      { amount: 5, currency: 'euro' },
      'values.fx:basics:q:budget.currency',
    ],
    ['an impossible date', 'fx:basics:q:start', '2025-02-30', 'values.fx:basics:q:start'],
    ['a date in another format', 'fx:basics:q:start', '01/02/2025', 'values.fx:basics:q:start'],
    ['null for an unanswered question', 'fx:basics:q:name', null, 'values.fx:basics:q:name'],
  ])('rejects %s', (_name, id, value, path) => {
    const issues = issuesOf({ [id]: value });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.path).toBe(path);
  });

  it.each([
    ['a row without an id', [{ kind: 'city' }], 'values.fx:money:q:sources.0.id'],
    ['a row with a numeric id', [{ id: 1, kind: 'city' }], 'values.fx:money:q:sources.0.id'],
    ['an unknown field in a row', [{ id: 'r1', colour: 'red' }], 'values.fx:money:q:sources.0'],
    [
      'a bad option inside a row',
      [{ id: 'r1', kind: 'lottery' }],
      'values.fx:money:q:sources.0.kind',
    ],
    ['a negative row amount', [{ id: 'r1', amount: -1 }], 'values.fx:money:q:sources.0.amount'],
    ['a row id used twice', [{ id: 'r1' }, { id: 'r1' }], 'values.fx:money:q:sources.1.id'],
    [
      'more rows than maxRows',
      Array.from({ length: 6 }, (_, i) => ({ id: `r${i}` })),
      'values.fx:money:q:sources',
    ],
  ])('rejects %s', (_name, rows, path) => {
    expect(issuesOf({ 'fx:money:q:sources': rows })[0]!.path).toBe(path);
  });
});
