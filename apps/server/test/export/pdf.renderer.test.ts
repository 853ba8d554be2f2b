import { existsSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PdfUnavailableError, renderHtml, renderPdf } from '../../src/export/index.js';
import { strategyDocument } from './export-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

// Font names sit in the PDF's (uncompressed) font dictionaries, e.g. /BaseFont /AAAAAA+NotoNaskhArabic.
const fontNames = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]]+)/g)].map(
    (m) => m[1],
  );

// The Unicode text behind the glyphs: each font's ToUnicode map lists code points as hex.
function unicodeMaps(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const maps: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      const text = inflateSync(pdf.subarray(start, end)).toString('latin1');
      if (text.includes('begincmap')) maps.push(text);
    } catch {
      // Not a deflated stream (images, fonts stored otherwise): not a text map.
    }
  }
  return maps.join('\n');
}

// Page objects: "/Type /Page" not followed by "s" (that is the page tree).
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('renderPdf', () => {
  it('explains what to do when Chromium is not installed', async () => {
    const error = await renderPdf('<p>x</p>', { chromiumPath: '/nonexistent/chromium' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PdfUnavailableError);
    expect(error).toMatchObject({ code: 'pdf_unavailable', chromiumPath: '/nonexistent/chromium' });
    expect((error as Error).message).toMatch(
      /not installed.*apt-get install chromium.*Save as PDF/s,
    );
  });

  it.skipIf(!hasChromium)(
    'prints the English strategy to a multi-page PDF',
    async () => {
      const pdf = await renderPdf(renderHtml(await strategyDocument()), { chromiumPath: CHROMIUM });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(pdf)).toBeGreaterThan(5);
      expect(unicodeMaps(pdf)).not.toMatch(/<[0-9A-F]+>\s*<06[0-9A-F]{2}>/i);
    },
    60_000,
  );

  it.skipIf(!hasChromium)(
    'prints the Arabic strategy with an Arabic font',
    async () => {
      const pdf = await renderPdf(
        renderHtml(await strategyDocument({ scenario: 'S1', locale: 'ar' })),
        {
          chromiumPath: CHROMIUM,
        },
      );
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(pdf)).toBeGreaterThan(5);
      // The text is shaped by Chromium; what can be checked here is that Arabic glyphs came
      // from a font that has them, not from a fallback box.
      expect(fontNames(pdf).some((name) => /Arabic/i.test(name ?? ''))).toBe(true);
      // Arabic letters (U+0600-U+06FF) are among the text the PDF carries, e.g. alef, U+0627.
      expect(unicodeMaps(pdf)).toMatch(/<[0-9A-F]+>\s*<06[0-9A-F]{2}>/i);
    },
    60_000,
  );
});
