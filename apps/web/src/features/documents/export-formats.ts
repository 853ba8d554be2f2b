import type { MessageId } from '../../i18n/load-messages.js';
import type { ExportFormat } from './documents.types.js';

export interface FormatInfo {
  format: ExportFormat;
  name: MessageId;
  hint: MessageId;
}

/** The files a city can take away, in the order people usually need them. */
export const FORMATS: readonly FormatInfo[] = [
  { format: 'docx', name: 'documents.exports.docx', hint: 'documents.exports.docxHint' },
  { format: 'pdf', name: 'documents.exports.pdf', hint: 'documents.exports.pdfHint' },
  {
    format: 'markdown',
    name: 'documents.exports.markdown',
    hint: 'documents.exports.markdownHint',
  },
  { format: 'json', name: 'documents.exports.json', hint: 'documents.exports.jsonHint' },
  {
    format: 'handover-docx',
    name: 'documents.exports.handoverDocx',
    hint: 'documents.exports.handoverDocxHint',
  },
  {
    format: 'handover-pdf',
    name: 'documents.exports.handoverPdf',
    hint: 'documents.exports.handoverPdfHint',
  },
];

export function formatName(format: ExportFormat): MessageId {
  return FORMATS.find((info) => info.format === format)?.name ?? 'documents.exports.docx';
}
