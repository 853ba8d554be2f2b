// Runs in a piscina worker thread: builds the document model from plain sources and renders it,
// so a long document never holds up the thread that answers API requests.
import {
  type Answers,
  type CompiledContent,
  compileContent,
  evaluate,
  localizeContent,
} from '@concord/domain';
import {
  type StrategyDocument,
  buildHandoverBrief,
  buildStrategyDocument,
} from '@concord/domain/document';
import { type LoadedContent, loadContent } from '@concord/domain/node';
import {
  PdfUnavailableError,
  renderDocx,
  renderHtml,
  renderMarkdown,
  renderPdf,
} from '../export/index.js';
import type { BuildResult, DocumentTask, RenderResult, RenderTask } from './document-task.js';
import { lowerThreadPriority } from './thread-priority.js';

// Once per thread, before any task: exports and print views then only take CPU time that
// requests leave free. Chromium, started from this thread for PDFs, inherits the priority.
lowerThreadPriority();

// This worker's own content cache: loaded on its first task, kept for the thread's life.
let library: Promise<LoadedContent> | undefined;
const compiled = new Map<string, Promise<CompiledContent>>();

function contentIn(locale: string): Promise<CompiledContent> {
  let content = compiled.get(locale);
  if (!content) {
    library ??= loadContent();
    content = library.then(({ library: source, locales }) =>
      compileContent(localizeContent(source, locales, locale).content),
    );
    compiled.set(locale, content);
  }
  return content;
}

async function build({ sources }: DocumentTask): Promise<StrategyDocument> {
  const content = await contentIn(sources.locale);
  const evaluation = evaluate(content, sources.answers, { today: sources.today });
  const shown: Answers = sources.shownAnswers ?? sources.answers;
  const input = {
    content,
    answers: shown,
    evaluation,
    acceptedRisks: sources.acceptedRisks,
    city: sources.city,
    strategy: sources.strategy,
    locale: sources.locale,
    audience: sources.audience,
    generatedAt: sources.generatedAt,
    today: sources.today,
  };
  return sources.kind === 'handover-brief'
    ? buildHandoverBrief(input)
    : buildStrategyDocument({ ...input, narrative: sources.narrative });
}

/**
 * The document model alone (for the print view in the browser), already serialised: turning
 * a long document into JSON is work the request thread is spared too.
 */
export async function buildDocumentTask(task: DocumentTask): Promise<BuildResult> {
  return JSON.stringify({ document: await build(task) });
}

/** The document as a file. PDF problems come back as a result: errors lose their type here. */
export default async function renderDocumentTask(task: RenderTask): Promise<RenderResult> {
  const report = (progress: number) => task.progress?.postMessage(progress);
  try {
    report(0.2);
    const document = await build(task);
    report(0.5);
    let bytes: Uint8Array;
    switch (task.format) {
      case 'docx':
        bytes = await renderDocx(document);
        break;
      case 'markdown':
        bytes = Buffer.from(renderMarkdown(document), 'utf8');
        break;
      case 'pdf':
        bytes = await renderPdf(
          renderHtml(document),
          task.chromiumPath ? { chromiumPath: task.chromiumPath } : {},
        );
        break;
    }
    report(0.9);
    return { ok: true, bytes };
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      return { ok: false, code: 'pdf_unavailable', message: error.message };
    }
    throw error;
  } finally {
    task.progress?.close();
  }
}
