/**
 * Thrown when the server cannot print PDFs because Chromium is missing or will not start.
 * Callers turn it into a clear message and point to the print view, which any browser can
 * save as PDF.
 */
export class PdfUnavailableError extends Error {
  readonly code = 'pdf_unavailable';
  readonly chromiumPath: string;

  constructor(chromiumPath: string, reason: string, options?: { cause?: unknown }) {
    super(
      `PDF export on the server needs Chromium at ${chromiumPath}, and ${reason}. ` +
        'Install Debian\'s "chromium" package (apt-get install chromium), or open the print view ' +
        'and use the browser\'s "Save as PDF".',
      options,
    );
    this.name = 'PdfUnavailableError';
    this.chromiumPath = chromiumPath;
  }
}
