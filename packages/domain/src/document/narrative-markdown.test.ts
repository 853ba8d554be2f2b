import { describe, expect, it } from 'vitest';
import type { Block, InlineRun } from './document.types.js';
import { isSafeHref, parseNarrative } from './narrative-markdown.js';

const textOf = (runs: InlineRun[]) => runs.map((r) => r.text).join('');
const allRuns = (blocks: Block[]): InlineRun[] =>
  blocks.flatMap((b) => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
      case 'note':
        return b.runs;
      case 'list':
        return b.items.flatMap(allRuns);
      case 'table':
        return [...b.header.flat(), ...b.rows.flat(2)];
      case 'definitions':
        return b.items.flatMap((i) => i.details);
    }
  });

describe('parseNarrative', () => {
  it('re-levels headings so the top one sits under the chapter title', () => {
    const blocks = parseNarrative('## Our aims\n\ntext\n\n### Detail\n\n#### Deeper');
    expect(blocks.filter((b) => b.kind === 'heading')).toEqual([
      { kind: 'heading', level: 2, runs: [{ text: 'Our aims' }] },
      { kind: 'heading', level: 3, runs: [{ text: 'Detail' }] },
      { kind: 'heading', level: 3, runs: [{ text: 'Deeper' }] },
    ]);
  });

  it('keeps emphasis and safe links as runs', () => {
    const [paragraph] = parseNarrative(
      'We **agree** on *plain* words, see [the guide](https://example.org/guide) or [write](mailto:team@example.org).',
    );
    expect(paragraph).toEqual({
      kind: 'paragraph',
      runs: [
        { text: 'We ' },
        { text: 'agree', strong: true },
        { text: ' on ' },
        { text: 'plain', em: true },
        { text: ' words, see ' },
        { text: 'the guide', href: 'https://example.org/guide' },
        { text: ' or ' },
        { text: 'write', href: 'mailto:team@example.org' },
        { text: '.' },
      ],
    });
  });

  it.each([
    ['javascript', '[click](javascript:alert(1))'],
    ['mixed-case javascript', '[click](JaVaScRiPt:alert(1))'],
    ['vbscript', '[click](vbscript:msgbox(1))'],
    ['data', '[click](data:text/html;base64,PHNjcmlwdD4=)'],
    ['relative path', '[click](/admin)'],
    ['file', '[click](file:///etc/passwd)'],
    ['autolink', '<javascript:alert(1)>'],
  ])('turns a %s link into plain text', (_name, markdown) => {
    const runs = allRuns(parseNarrative(markdown));
    expect(runs.every((r) => r.href === undefined)).toBe(true);
    expect(textOf(runs)).toBe(markdown);
  });

  it('keeps raw HTML as the literal text the city typed', () => {
    const blocks = parseNarrative(
      '<script>alert(1)</script>\n\nA picture <img src=x onerror="alert(1)"> here\n\n<div onclick="x()">block</div>',
    );
    const text = textOf(allRuns(blocks));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror="alert(1)">');
    expect(text).toContain('<div onclick="x()">block</div>');
    expect(allRuns(blocks).every((r) => r.href === undefined)).toBe(true);
  });

  it('reads nested lists, ordered lists and tables with alignment', () => {
    const blocks = parseNarrative(
      '1. First\n   - inner\n2. Second\n\n| Item | Cost |\n|:-----|-----:|\n| Rooms | 5 |\n',
    );
    expect(blocks[0]).toEqual({
      kind: 'list',
      ordered: true,
      items: [
        [
          { kind: 'paragraph', runs: [{ text: 'First' }] },
          {
            kind: 'list',
            ordered: false,
            items: [[{ kind: 'paragraph', runs: [{ text: 'inner' }] }]],
          },
        ],
        [{ kind: 'paragraph', runs: [{ text: 'Second' }] }],
      ],
    });
    expect(blocks[1]).toEqual({
      kind: 'table',
      header: [[{ text: 'Item' }], [{ text: 'Cost' }]],
      rows: [[[{ text: 'Rooms' }], [{ text: '5' }]]],
      align: ['start', 'end'],
    });
  });

  it('shows an image only as its description and drops rules', () => {
    const blocks = parseNarrative(
      '![Map of the districts](https://example.org/map.png)\n\n---\n\nEnd',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Map of the districts' }] },
      { kind: 'paragraph', runs: [{ text: 'End' }] },
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(parseNarrative('   \n\n')).toEqual([]);
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://example.org', true],
    ['http://example.org', true],
    ['mailto:a@example.org', true],
    [' HTTPS://example.org', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['//example.org', false],
    ['ftp://example.org', false],
  ])('%s -> %s', (href, expected) => {
    expect(isSafeHref(href)).toBe(expected);
  });
});
