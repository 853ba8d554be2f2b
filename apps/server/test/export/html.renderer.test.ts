import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/export/index.js';
import { escapeHtml } from '../../src/export/html/html-escape.js';
import { strategyDocument } from './export-fixture.js';

describe('renderHtml', () => {
  it('is a standalone page in the document language, left to right for English', async () => {
    const html = renderHtml(await strategyDocument());
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB" dir="ltr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<(script|link)\b/);
    expect(html).not.toMatch(/\bsrc=/);
  });

  it('is right to left in Arabic, with an Arabic font first', async () => {
    const html = renderHtml(await strategyDocument({ scenario: 'S1', locale: 'ar' }));
    expect(html).toContain('<html lang="ar-SA" dir="rtl">');
    expect(html).toContain('font-family: "Noto Naskh Arabic"');
    expect(html).toContain('unicode-bidi: plaintext');
    expect(html).toContain('السياق والتفويض');
  });

  it('keeps one h1 and an ordered outline of headings', async () => {
    const html = renderHtml(await strategyDocument());
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
    });
  });

  it('gives every table a caption and column headers, numbers aligned to the end', async () => {
    const html = renderHtml(await strategyDocument());
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(5);
    expect(html.match(/<table><caption>/g)).toHaveLength(tables);
    expect(html).toContain('<th scope="col" class="end">Amount</th>');
  });

  it('escapes every character that could open markup', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
