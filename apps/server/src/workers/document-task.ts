import type { MessagePort } from 'node:worker_threads';
import type { DocumentTaskSources } from '../modules/documents/document-sources.js';

/** The file formats a worker renders a document into. */
export const RENDER_FORMATS = ['docx', 'markdown', 'pdf'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** A job for a worker thread: plain JSON in (plus an optional port for progress). */
export interface DocumentTask {
  sources: DocumentTaskSources;
}

export interface RenderTask extends DocumentTask {
  format: RenderFormat;
  /** Where Debian's Chromium is (PDF only). */
  chromiumPath?: string;
  /** Receives progress as a number from 0 to 1 while the worker builds and renders. */
  progress?: MessagePort;
}

export type RenderResult =
  { ok: true; bytes: Uint8Array } | { ok: false; code: 'pdf_unavailable'; message: string };

/** `{ "document": StrategyDocument }` as JSON text, ready to send as a response body. */
export type BuildResult = string;
