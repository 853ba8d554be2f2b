// Renderers of the strategy document, one per format, each a plain function of the document
// model (@concord/domain/document) so routes and worker threads can call them directly.
export { renderMarkdown } from './markdown/markdown.renderer.js';
export { renderHtml } from './html/html.renderer.js';
export { renderDocx } from './docx/docx.renderer.js';
export { renderPdf, DEFAULT_CHROMIUM_PATH, type RenderPdfOptions } from './pdf/pdf.renderer.js';
export { PdfUnavailableError } from './pdf/pdf-unavailable.error.js';
export { renderAuditCsv, neutraliseFormula, type AuditEntry } from './csv/audit-csv.renderer.js';
