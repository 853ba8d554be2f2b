import { describe, expect, it } from 'vitest';
import { fixtureLibrary } from '../../test/fixtures/fixture-library.js';
import type { ContentLibrary } from '../content/library.schema.js';
import { compileContent } from './compile-content.js';
import { ContentError } from './content-error.js';

const edit = (change: (library: ContentLibrary) => void): ContentLibrary => {
  const library = structuredClone(fixtureLibrary);
  change(library);
  return library;
};

describe('compileContent', () => {
  it('resolves optionsFrom into options keyed by slug', () => {
    const content = compileContent(fixtureLibrary);
    expect(content.questions.get('fx:basics:q:depts')!.options).toEqual([
      { id: 'youth', label: 'Youth', help: 'Youth work' },
      { id: 'housing', label: 'Housing' },
    ]);
    expect(
      content.questions
        .get('fx:money:q:sources')!
        .fieldsByKey!.get('dept')!
        .options!.map((o) => o.id),
    ).toEqual(['youth', 'housing']);
  });

  it('orders questions so a when is decided after what it reads', () => {
    const library = edit((l) => {
      const basics = l.sections[0]!;
      basics.questions[0]!.when = { op: 'answered', q: 'fx:basics:q:count' };
    });
    const order = compileContent(library).applicabilityOrder;
    expect(order.indexOf('fx:basics:q:count')).toBeLessThan(order.indexOf('fx:basics:q:choice'));
  });

  it('reports every broken reference and cycle at once', () => {
    const library = edit((l) => {
      const qs = l.sections[0]!.questions;
      qs[0]!.when = { op: 'answered', q: 'fx:basics:q:tags' };
      qs[1]!.when = { op: 'answered', q: 'fx:basics:q:choice' };
      qs[2]!.when = { op: 'answered', q: 'fx:basics:q:missing' };
      (qs[10] as { optionsFrom?: string }).optionsFrom = 'nowhere';
    });
    const error = (() => {
      try {
        compileContent(library);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ContentError);
    const messages = (error as ContentError).problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/No reference list named nowhere/);
    expect(messages).toMatch(/unknown question fx:basics:q:missing/);
    expect(messages).toMatch(/Applicability cycle/);
  });
});
