import { access, constants } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { PdfUnavailableError } from './pdf-unavailable.error.js';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

// The flags the project runs Debian's Chromium with (docs: COMMON.md): headless, no sandbox
// inside containers, and nothing that phones home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface RenderPdfOptions {
  chromiumPath?: string;
  /** Upper bound for starting Chromium and printing, in milliseconds. */
  timeoutMs?: number;
}

/**
 * Prints the document's HTML (from renderHtml) to an A4 PDF with Chromium: the same print
 * stylesheet a browser's "Save as PDF" uses, with page numbers in the footer. JavaScript is
 * off and every network request is refused, so the page can only show what it contains.
 */
export async function renderPdf(html: string, options: RenderPdfOptions = {}): Promise<Buffer> {
  const chromiumPath = options.chromiumPath ?? DEFAULT_CHROMIUM_PATH;
  const timeout = options.timeoutMs ?? 30_000;
  try {
    await access(chromiumPath, constants.X_OK);
  } catch (error) {
    throw new PdfUnavailableError(chromiumPath, 'it is not installed', { cause: error });
  }

  // Loaded on first use: importing playwright-core costs about 0.35 s of the server's start-up.
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, timeout });
  } catch (error) {
    throw new PdfUnavailableError(chromiumPath, 'it did not start', { cause: error });
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load', timeout });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;font-size:9px;text-align:center;color:#555;">' +
        '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
