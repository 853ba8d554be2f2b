import { beforeAll, describe, expect, it } from 'vitest';
import type { StrategyDocument } from '@concord/domain/document';
import { renderDocx, renderHtml, renderMarkdown } from '../../src/export/index.js';
import { strategyDocument } from './export-fixture.js';
import { docxPart } from './read-zip.js';

// What a careless paste or a malicious editor might put into a narrative chapter.
const HOSTILE_NARRATIVE = [
  '# <script>alert("heading")</script>',
  '',
  'Intro <script>alert(1)</script> and <img src=x onerror="alert(2)"> inline.',
  '',
  '<iframe src="https://evil.example"></iframe>',
  '',
  '[Click me](javascript:alert(3)) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)',
  '',
  '<a href="javascript:alert(5)">raw anchor</a> <javascript:alert(6)>',
  '',
  '- item with <b onmouseover="alert(7)">bold</b>',
  '',
  '| col <script>x</script> | [x](javascript:alert(8)) |',
  '|---|---|',
  '| <img src=y onerror=alert(9)> | ok |',
  '',
  '[fine link](https://example.org/safe)',
].join('\n');

let doc: StrategyDocument;

beforeAll(async () => {
  doc = await strategyDocument({ narrative: { context: HOSTILE_NARRATIVE } });
});

describe('a hostile narrative renders inert', () => {
  it('in Markdown: no raw HTML, no script links', () => {
    const markdown = renderMarkdown(doc);
    expect(markdown).not.toMatch(/<\s*(script|img|iframe|a|b)\b/i);
    // The typed link syntax survives only as escaped text: "\[Click me\](javascript:...)".
    expect(markdown).not.toMatch(/(?<!\\)\]\(\s*(javascript|data|vbscript):/i);
    expect(markdown).toContain('\\[Click me\\](javascript:alert(3))');
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).toContain('[fine link](https://example.org/safe)');
  });

  it('in HTML: tags are text, no event handlers, only safe links, nothing can run', () => {
    const html = renderHtml(doc);
    const body = html.slice(html.indexOf('<body>'));
    expect(body).not.toMatch(/<\s*(script|img|iframe|b)\b/i);
    expect(body).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
    expect(body).not.toMatch(/href\s*=\s*["']?\s*(javascript|data|vbscript):/i);
    expect(body).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(body).toContain('href="https://example.org/safe"');
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
  });

  it('in DOCX: literal text, hyperlinks only to http(s)', async () => {
    const file = await renderDocx(doc);
    const documentXml = docxPart(file, 'word/document.xml');
    const relationships = docxPart(file, 'word/_rels/document.xml.rels');
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(documentXml).not.toMatch(/<script/i);
    const targets = [...relationships.matchAll(/Target="([^"]*)"\s+TargetMode="External"/g)].map(
      (m) => m[1],
    );
    expect(targets).toContain('https://example.org/safe');
    expect(targets.every((target) => /^https?:\/\//.test(target ?? ''))).toBe(true);
  });
});
