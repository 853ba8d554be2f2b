import { describe, expect, it } from 'vitest';
import { diffWords, hasChanges } from './text-diff.js';

const show = (before: string, after: string) =>
  diffWords(before, after)
    .map((part) =>
      part.kind === 'same'
        ? part.text
        : part.kind === 'added'
          ? `{+${part.text}}`
          : `{-${part.text}}`,
    )
    .join('');

describe('diffWords', () => {
  it.each([
    ['same text', 'same text', 'same text'],
    ['', 'new text', '{+new text}'],
    ['old text', '', '{-old text}'],
    [
      'the youth department leads',
      'the culture department leads',
      'the {-youth }{+culture }department leads',
    ],
    ['Added by a colleague.', 'My own addition.', '{-Added by a colleague.}{+My own addition.}'],
    ['one two three', 'one three', 'one {-two }three'],
    ['line one\nline two', 'line one\nline 2', 'line one\nline {-two}{+2}'],
  ])('%j -> %j', (before, after, expected) => {
    expect(show(before, after)).toBe(expected);
  });

  it('gives back both texts whole, in order, whatever changed', () => {
    const before = 'Riverside works with **schools**, libraries and youth clubs.';
    const after = 'Riverside works with schools, sports clubs and youth clubs; the council agreed.';
    const parts = diffWords(before, after);
    const kept = (kind: 'added' | 'removed') =>
      parts
        .filter((part) => part.kind !== kind)
        .map((part) => part.text)
        .join('');
    expect(kept('added')).toBe(before);
    expect(kept('removed')).toBe(after);
    expect(hasChanges(parts)).toBe(true);
  });

  it('shows a change in a long chapter without comparing the shared start and end', () => {
    const common = 'word '.repeat(50_000);
    const parts = diffWords(`${common}old ${common}`, `${common}new ${common}`);
    expect(parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'old ' },
      { kind: 'added', text: 'new ' },
    ]);
  });

  it('replaces a huge middle whole instead of building a table too large for the browser', () => {
    const before = Array.from({ length: 3_000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3_000 }, (_, i) => `b${i}`).join(' ');
    expect(diffWords(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });

  it('reports no change for equal texts', () => {
    expect(hasChanges(diffWords('a b', 'a b'))).toBe(false);
  });
});
