import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentLibrary, Locales } from '../content/index.js';
import { compileContent } from '../engine/compile-content.js';
import type { CompiledContent } from '../engine/compiled-content.types.js';
import { localizeContent } from '../i18n/localize-content.js';
import { loadContent } from '../node/load-content.js';
import { q, withAnswers } from '../scenarios/scenario-ids.js';
import { scenarioValues } from '../scenarios/scenario-answers.js';
import { evaluate } from '../engine/evaluate.js';
import { buildStrategyDocument } from './build-strategy-document.js';
import { buildDemoDocumentInput } from './demo-input.js';
import { STRATEGY_CHAPTER_KEYS, type StrategyDocument } from './document.types.js';

// Everything is fixed: the day findings are judged on and the time written into the file.
const TODAY = '2025-06-01';
const GENERATED_AT = '2025-06-01T09:00:00.000Z';
const SAMPLE_NARRATIVE = {
  context:
    '## Why Riverside acts\n\nNeighbourhoods told us they want **plain words** and *practical* help. ' +
    'See the [national plan](https://example.org/plan).\n\n- Safety and belonging\n- Early support',
  findings: 'The council will review these points **every year**.',
};

let library: ContentLibrary;
let locales: Locales;
let english: CompiledContent;

beforeAll(async () => {
  ({ library, locales } = await loadContent());
  english = compileContent(library);
});

function londonDocument(overrides: Partial<Parameters<typeof buildDemoDocumentInput>[0]> = {}) {
  return buildStrategyDocument(
    buildDemoDocumentInput({
      content: english,
      scenario: 'S4',
      locale: 'en',
      today: TODAY,
      generatedAt: GENERATED_AT,
      narrative: SAMPLE_NARRATIVE,
      acceptedRisks: [
        {
          ruleId: 'strategy:rule:FUN-03',
          justification: 'The foundation signed our community charter in 2024.',
          acceptedBy: { userId: 'u-1', name: 'Prevention coordinator' },
          acceptedAt: '2025-05-20T10:00:00Z',
        },
      ],
      ...overrides,
    }),
  );
}

const textOf = (doc: StrategyDocument) => JSON.stringify(doc);

describe('buildStrategyDocument', () => {
  it('pins the whole document for the London scenario (S4)', async () => {
    await expect(`${JSON.stringify(londonDocument(), null, 2)}\n`).toMatchFileSnapshot(
      './golden/s4-strategy.en.json',
    );
  });

  it('follows the chapters of the guide, in order', () => {
    const doc = londonDocument();
    expect(doc.chapters.map((c) => c.key)).toEqual([...STRATEGY_CHAPTER_KEYS]);
    expect(doc.meta).toMatchObject({ direction: 'ltr', language: 'en-GB', audience: 'council' });
  });

  it('puts the city narrative first in its chapter', () => {
    const [context] = londonDocument().chapters;
    expect(context?.blocks[0]).toEqual({
      kind: 'heading',
      level: 2,
      runs: [{ text: 'Why Riverside acts' }],
    });
  });

  it('shows answers with option labels, money with its currency and dates in words', () => {
    const text = textOf(londonDocument());
    expect(text).toContain('Private-sector partner');
    expect(text).toContain('GBP\u00a0400,000');
    expect(text).toContain('31 December 2029');
    expect(text).not.toContain('"private-partnership"');
  });

  it('shows each finding with its actions, and the accepted risk with its justification', () => {
    const findings = londonDocument().chapters.find((c) => c.key === 'findings')!;
    const text = JSON.stringify(findings);
    expect(text).toContain('An outside funder has not been checked');
    expect(text).toContain('The foundation signed our community charter in 2024.');
    expect(findings.blocks).toContainEqual(
      expect.objectContaining({
        kind: 'table',
        caption: 'Gaps the city has chosen to accept, and why',
      }),
    );
  });

  it('lists in the annex the peer examples the findings refer to', () => {
    const annex = londonDocument().chapters.find((c) => c.key === 'annex')!;
    expect(JSON.stringify(annex)).toContain('London, United Kingdom');
  });

  it('leaves sensitive answers out of a public document only', () => {
    const notes = 'Cross-party support; presented with the community safety plan.';
    expect(textOf(londonDocument())).toContain(notes);
    const publicDoc = londonDocument({ audience: 'public' });
    expect(textOf(publicDoc)).not.toContain(notes);
    expect(publicDoc.meta.audience).toBe('public');
  });

  it('never shows an answer to a question that does not apply', () => {
    const values = withAnswers(scenarioValues('S4'), {
      [q('mandate', 'single-form')]: 'A stale answer left from an earlier scope',
    });
    const answers = { contentVersion: 1, values };
    const doc = buildStrategyDocument({
      ...buildDemoDocumentInput({
        content: english,
        scenario: 'S4',
        locale: 'en',
        today: TODAY,
        generatedAt: GENERATED_AT,
      }),
      answers,
      evaluation: evaluate(english, answers, { today: TODAY }),
    });
    expect(textOf(doc)).not.toContain('A stale answer');
  });

  it('is written in Arabic, right to left, from the Arabic content', () => {
    const arabic = compileContent(localizeContent(library, locales, 'ar').content);
    const doc = buildStrategyDocument(
      buildDemoDocumentInput({
        content: arabic,
        scenario: 'S1',
        locale: 'ar',
        today: TODAY,
        generatedAt: GENERATED_AT,
      }),
    );
    expect(doc.meta).toMatchObject({ direction: 'rtl', language: 'ar-SA', locale: 'ar' });
    expect(doc.chapters[0]?.title).toBe('السياق والتفويض');
    const fundingType = arabic.questions
      .get(q('funding', 'sources'))
      ?.fieldsByKey?.get('sourceType')
      ?.options?.find((o) => o.id === 'international-donor')?.label;
    expect(fundingType).toBeTruthy();
    expect(textOf(doc)).toContain(fundingType!);
  });

  it('records the council decision on the cover of an approved version', () => {
    const doc = londonDocument({
      strategy: {
        status: 'approved',
        decision: {
          body: 'City council',
          number: '2025/14',
          date: '2025-03-03',
          reference: 'Minutes, item 7',
        },
      },
    });
    expect(doc.meta.facts).toContainEqual({ term: 'Status', details: [{ text: 'Approved' }] });
    expect(doc.meta.facts).toContainEqual({
      term: 'Decision',
      details: [{ text: 'City council, decision 2025/14, 3 March 2025, Minutes, item 7' }],
    });
  });

  it('refuses narrative for a chapter it does not have', () => {
    expect(() =>
      londonDocument({ narrative: { context: 'ok', introduction: 'lost' } as never }),
    ).toThrow(/Unknown narrative chapter "introduction"/);
  });

  it('refuses answers of another content version', () => {
    const input = buildDemoDocumentInput({
      content: english,
      scenario: 'S4',
      locale: 'en',
      today: TODAY,
      generatedAt: GENERATED_AT,
    });
    expect(() =>
      buildStrategyDocument({ ...input, answers: { ...input.answers, contentVersion: 0 } }),
    ).toThrow(/content version 0/);
  });

  it('gives the same document for the same input', () => {
    expect(textOf(londonDocument())).toBe(textOf(londonDocument()));
  });
});
