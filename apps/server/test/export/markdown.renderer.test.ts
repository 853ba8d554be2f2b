import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { StrategyDocument } from '@concord/domain/document';
import { renderMarkdown } from '../../src/export/index.js';
import {
  escapeMarkdownLine,
  escapeMarkdownText,
} from '../../src/export/markdown/markdown-escape.js';

// A permissive renderer, as some Markdown viewers are: raw HTML allowed.
const permissive = new MarkdownIt({ html: true, linkify: true });

function documentWith(blocks: StrategyDocument['chapters'][number]['blocks']): StrategyDocument {
  return {
    meta: {
      kind: 'strategy',
      title: 'Plan <b>x</b> # 1',
      subtitle: '- Riverside, *Demo*',
      city: { name: 'Riverside', country: 'Demo', languages: ['en'] },
      locale: 'en',
      language: 'en-GB',
      direction: 'ltr',
      audience: 'council',
      contentVersion: 1,
      generatedAt: '2025-06-01T09:00:00.000Z',
      facts: [{ term: 'Who leads?', details: [{ text: '=HYPERLINK("x")' }] }],
      labels: { contents: 'Contents', page: 'Page' },
    },
    chapters: [{ key: 'context', title: 'Context', blocks }],
  };
}

describe('escapeMarkdownText', () => {
  it.each([
    ['*not emphasis*', '\\*not emphasis\\*'],
    ['<script>', '&lt;script&gt;'],
    ['a | b', 'a \\| b'],
    ['[x](javascript:y)', '\\[x\\](javascript:y)'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['`code`', '\\`code\\`'],
  ])('%s -> %s', (text, escaped) => {
    expect(escapeMarkdownText(text)).toBe(escaped);
  });

  it.each([
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2025) not a list', '2025\\) not a list'],
    ['# not a heading', '\\# not a heading'],
    ['-5 degrees', '-5 degrees'],
    ['0.5', '0.5'],
  ])('line start %s -> %s', (text, escaped) => {
    expect(escapeMarkdownLine(text)).toBe(escaped);
  });
});

describe('renderMarkdown', () => {
  it('escapes user text everywhere, so a permissive viewer shows it as text', () => {
    const markdown = renderMarkdown(
      documentWith([
        { kind: 'heading', level: 2, runs: [{ text: '<img src=x onerror=alert(1)>' }] },
        { kind: 'paragraph', runs: [{ text: '1. <script>alert(2)</script> **bold?**' }] },
        {
          kind: 'definitions',
          items: [{ term: 'Term [x]', details: [{ text: '_under_ | pipe' }] }],
        },
        {
          kind: 'table',
          header: [[{ text: 'A|B' }], [{ text: 'C' }]],
          rows: [[[{ text: '<b>1</b>' }], [{ text: '2\nthree' }]]],
          align: ['start', 'end'],
        },
        { kind: 'note', runs: [{ text: '> quoted' }] },
      ]),
    );
    const html = permissive.render(markdown);
    expect(html).not.toMatch(/<(script|img|b)\b/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt; **bold?**');
    expect(html).toContain('<td style="text-align:right">2 three</td>');
    expect(html).toContain('<p>1. &lt;script&gt;');
    expect(html).toContain('<p>&gt; quoted</p>');
  });

  it('renders emphasis, safe links, nested lists and definitions', () => {
    const markdown = renderMarkdown(
      documentWith([
        {
          kind: 'paragraph',
          runs: [
            { text: 'Read ' },
            { text: 'the plan ', strong: true },
            { text: 'here', href: 'https://example.org/a (b)' },
            { text: ' not here', href: 'javascript:alert(1)' },
          ],
        },
        {
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
        },
      ]),
    );
    expect(markdown).toContain(
      'Read **the plan** [here](https://example.org/a%20%28b%29) not here',
    );
    expect(markdown).toContain('1. First\n\n   - inner\n2. Second');
    expect(markdown).toContain('- **Who leads?** =HYPERLINK("x")');
    const html = permissive.render(markdown);
    expect(html).toContain('<a href="https://example.org/a%20%28b%29">here</a>');
    expect(html).not.toContain('javascript:');
  });

  it('puts the title alone at level 1 and the chapters at level 2', () => {
    const markdown = renderMarkdown(documentWith([]));
    expect(markdown.match(/^# /gm)).toHaveLength(1);
    expect(markdown).toContain('# Plan &lt;b&gt;x&lt;/b&gt; \\# 1\n');
    expect(markdown).toContain('\\- Riverside, \\*Demo\\*');
    expect(markdown).toContain('\n## Context\n');
    expect(markdown.endsWith('\n')).toBe(true);
  });
});
