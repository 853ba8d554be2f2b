import { describe, expect, it } from 'vitest';
import { strategyDocumentSchema } from '../../src/modules/documents/document-model.schemas.js';
import { handoverBrief, strategyDocument } from '../export/export-fixture.js';

const EVERY_BLOCK_KIND = [
  '## A heading',
  'A paragraph with **strong**, *emphasis* and a [link](https://example.org).',
  '- a list\n  1. nested and ordered',
  '| A | B |\n|---|--:|\n| 1 | 2 |',
].join('\n\n');

// S1 raises AW-5 (the leadership was not briefed); accepting it adds a note block.
const richDocument = () =>
  strategyDocument({
    scenario: 'S1',
    narrative: { context: EVERY_BLOCK_KIND },
    acceptedRisks: [
      {
        ruleId: 'strategy:rule:AW-5',
        justification: 'The mayor is briefed at the next cabinet meeting.',
        acceptedBy: 'Coordinator',
        acceptedAt: '2025-05-01',
      },
    ],
  });

function blockKinds(value: unknown): string[] {
  const kinds = JSON.stringify(value).match(/"kind":"[a-z-]+"/g) ?? [];
  return [...new Set(kinds.map((match) => match.slice(8, -1)))].sort();
}

describe('the OpenAPI description of the document model', () => {
  it('is tried on a document holding every kind of block', async () => {
    expect(blockKinds((await richDocument()).chapters)).toEqual([
      'definitions',
      'heading',
      'list',
      'note',
      'paragraph',
      'table',
    ]);
  });

  it.each([
    ['a strategy document with every kind of block', richDocument],
    ['an Arabic public document', () => strategyDocument({ locale: 'ar', audience: 'public' })],
    ['a handover brief', () => handoverBrief()],
  ])('describes %s without dropping anything', async (_what, build) => {
    const document = await build();
    expect(strategyDocumentSchema.parse(document)).toEqual(document);
  });
});
