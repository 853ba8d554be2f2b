import {
  isSafeHref,
  type Block,
  type ColumnAlign,
  type InlineRun,
  type StrategyDocument,
  type TableBlock,
} from '@concord/domain/document';
import { escapeHtml } from './html-escape.js';
import { printStylesheet } from './print.styles.js';

// The file never needs to fetch or run anything; the policy makes that a guarantee even if a
// bug let markup through escaping.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The strategy document as one standalone, print-ready HTML page: language and direction set,
 * headings in order (title h1, chapters h2), tables with captions and column headers, and
 * only escaped text. It is what Chromium prints to PDF, and what a browser can save as PDF.
 */
export function renderHtml(doc: StrategyDocument): string {
  const { meta } = doc;
  const parts: string[] = [
    '<!doctype html>',
    `<html lang="${escapeHtml(meta.language)}" dir="${meta.direction}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<style>${printStylesheet(meta.direction)}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header class="cover">',
    `<h1>${escapeHtml(meta.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(meta.subtitle)}</p>`,
    `<dl class="facts">${meta.facts.map((f) => definitionHtml(f.term, f.details)).join('')}</dl>`,
    '</header>',
    `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(meta.labels.contents)}</h2><ol>`,
    ...doc.chapters.map(
      (chapter, i) => `<li><a href="#chapter-${i + 1}">${escapeHtml(chapter.title)}</a></li>`,
    ),
    '</ol></nav>',
  ];
  doc.chapters.forEach((chapter, i) => {
    parts.push(
      `<section class="chapter" id="chapter-${i + 1}" aria-labelledby="chapter-${i + 1}-title">`,
      `<h2 id="chapter-${i + 1}-title">${escapeHtml(chapter.title)}</h2>`,
      ...chapter.blocks.map(blockHtml),
      '</section>',
    );
  });
  parts.push('</main>', '</body>', '</html>', '');
  return parts.join('\n');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading': {
      const tag = `h${block.level + 1}`;
      return `<${tag}>${runsHtml(block.runs)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${runsHtml(block.runs)}</p>`;
    case 'note':
      return `<div class="note" role="note"><p>${runsHtml(block.runs)}</p></div>`;
    case 'definitions':
      return `<dl>${block.items.map((item) => definitionHtml(item.term, item.details)).join('')}</dl>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => `<li>${item.map(blockHtml).join('')}</li>`);
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'table':
      return tableHtml(block);
    default: {
      const unknown: never = block;
      throw new Error(`Unknown block kind: ${JSON.stringify(unknown)}`);
    }
  }
}

function definitionHtml(term: string, details: InlineRun[]): string {
  return `<div><dt>${escapeHtml(term)}</dt><dd>${runsHtml(details)}</dd></div>`;
}

function tableHtml(table: TableBlock): string {
  const cls = (align: ColumnAlign | undefined) => (align === 'end' ? ' class="end"' : '');
  const head = table.header
    .map((cell, i) => `<th scope="col"${cls(table.align?.[i])}>${runsHtml(cell)}</th>`)
    .join('');
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${cls(table.align?.[i])}>${runsHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>` : '';
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function runsHtml(runs: InlineRun[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.em) html = `<em>${html}</em>`;
      if (run.strong) html = `<strong>${html}</strong>`;
      if (run.href && isSafeHref(run.href)) {
        html = `<a href="${escapeHtml(run.href.trim())}" rel="noopener noreferrer">${html}</a>`;
      }
      return html;
    })
    .join('');
}
