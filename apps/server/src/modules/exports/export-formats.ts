import type { RenderFormat } from '../../workers/document-task.js';
import type { DocumentKind } from '../documents/document-sources.js';

export const EXPORT_FORMATS = [
  'docx',
  'pdf',
  'markdown',
  'json',
  'handover-docx',
  'handover-pdf',
  'handover-markdown',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface DocumentFormat {
  kind: DocumentKind;
  render: RenderFormat;
  extension: string;
  mimeType: string;
}

interface PortableFormat {
  kind: 'portable';
  extension: 'json';
  mimeType: string;
}

export type FormatSpec = DocumentFormat | PortableFormat;

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MARKDOWN_MIME = 'text/markdown; charset=utf-8';

export const FORMAT_SPECS: Record<ExportFormat, FormatSpec> = {
  docx: { kind: 'strategy', render: 'docx', extension: 'docx', mimeType: DOCX_MIME },
  pdf: { kind: 'strategy', render: 'pdf', extension: 'pdf', mimeType: 'application/pdf' },
  markdown: { kind: 'strategy', render: 'markdown', extension: 'md', mimeType: MARKDOWN_MIME },
  json: { kind: 'portable', extension: 'json', mimeType: 'application/json; charset=utf-8' },
  'handover-docx': {
    kind: 'handover-brief',
    render: 'docx',
    extension: 'docx',
    mimeType: DOCX_MIME,
  },
  'handover-pdf': {
    kind: 'handover-brief',
    render: 'pdf',
    extension: 'pdf',
    mimeType: 'application/pdf',
  },
  'handover-markdown': {
    kind: 'handover-brief',
    render: 'markdown',
    extension: 'md',
    mimeType: MARKDOWN_MIME,
  },
};

// Characters no file system accepts in a name, and control characters.
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/**
 * A file name people recognise in their downloads folder, e.g.
 * "Strategy 2025-2028 - Version 2 - handover brief - en.docx", in the strategy's own script.
 */
export function composeFileName(parts: {
  title: string;
  versionLabel?: string | undefined;
  kind: DocumentKind | 'portable';
  locale?: string | undefined;
  extension: string;
}): string {
  const pieces = [
    parts.title,
    parts.versionLabel,
    parts.kind === 'handover-brief' ? 'handover brief' : undefined,
    parts.locale,
  ];
  const base = pieces
    .filter((piece): piece is string => Boolean(piece))
    .map((piece) => piece.replace(UNSAFE_IN_FILE_NAME, ' ').replace(/\s+/g, ' ').trim())
    .filter((piece) => piece !== '')
    .join(' - ')
    .slice(0, 150)
    .trim();
  return `${base || 'strategy'}.${parts.extension}`;
}

/** ASCII stand-in for old clients that ignore `filename*` (accents dropped, the rest replaced). */
function asciiFileName(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\;]/g, '_');
  return ascii.replace(/_+/g, '_');
}

/** Content-Disposition for a download, with the UTF-8 name (RFC 6266 / RFC 8187). */
export function describeAttachment(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encoded}`;
}
