import {
  isSafeHref,
  type Block,
  type ColumnAlign,
  type InlineRun,
  type StrategyDocument,
  type TableBlock,
} from '@concord/domain/document';
import { termWithColon } from '../term-label.js';
import { escapeMarkdownLine, escapeMarkdownText, escapeMarkdownUrl } from './markdown-escape.js';

/**
 * The strategy document as Markdown (CommonMark with GFM tables): the title as the only
 * level-1 heading, chapters at level 2. Every piece of text is escaped, so nothing the city
 * typed can become a link, markup or HTML in a Markdown viewer.
 */
export function renderMarkdown(doc: StrategyDocument): string {
  const { meta } = doc;
  const out: string[] = [
    `# ${escapeMarkdownText(meta.title)}`,
    '',
    escapeMarkdownLine(meta.subtitle),
    '',
  ];
  for (const fact of meta.facts) {
    out.push(`- **${escapeMarkdownText(termWithColon(fact.term))}** ${renderRuns(fact.details)}`);
  }
  out.push('', `## ${escapeMarkdownText(meta.labels.contents)}`, '');
  doc.chapters.forEach((chapter, index) => {
    out.push(`${index + 1}. ${escapeMarkdownText(chapter.title)}`);
  });
  for (const chapter of doc.chapters) {
    out.push('', `## ${escapeMarkdownText(chapter.title)}`, '');
    renderBlocks(chapter.blocks, out, '', meta.direction === 'rtl');
  }
  return `${trimBlankLines(out).join('\n')}\n`;
}

function renderBlocks(blocks: Block[], out: string[], indent: string, isRtl: boolean): void {
  for (const block of blocks) {
    const start = out.length;
    renderBlock(block, out, indent, isRtl);
    // Blocks are separated by one blank line, indented lines keep their list item open.
    if (out.length > start) out.push('');
  }
}

function renderBlock(block: Block, out: string[], indent: string, isRtl: boolean): void {
  switch (block.kind) {
    case 'heading':
      out.push(`${indent}${'#'.repeat(block.level + 1)} ${renderRuns(block.runs)}`);
      return;
    case 'paragraph':
      if (block.runs.length > 0) out.push(`${indent}${renderRuns(block.runs)}`);
      return;
    case 'note':
      if (block.runs.length > 0) out.push(`${indent}> ${renderRuns(block.runs)}`);
      return;
    case 'definitions':
      for (const item of block.items) {
        out.push(
          `${indent}- **${escapeMarkdownText(termWithColon(item.term))}** ${renderRuns(item.details)}`,
        );
      }
      return;
    case 'list':
      block.items.forEach((item, index) => {
        const marker = block.ordered ? `${index + 1}. ` : '- ';
        const inner: string[] = [];
        renderBlocks(item, inner, '', isRtl);
        const lines = trimBlankLines(inner);
        const pad = ' '.repeat(marker.length);
        lines.forEach((line, i) => {
          if (i === 0) out.push(`${indent}${marker}${line}`);
          else out.push(line === '' ? '' : `${indent}${pad}${line}`);
        });
        if (lines.length === 0) out.push(`${indent}${marker.trimEnd()}`);
      });
      return;
    case 'table':
      renderTable(block, out, indent, isRtl);
      return;
    default: {
      const unknown: never = block;
      throw new Error(`Unknown block kind: ${JSON.stringify(unknown)}`);
    }
  }
}

function renderTable(table: TableBlock, out: string[], indent: string, isRtl: boolean): void {
  if (table.caption) out.push(`${indent}*${escapeMarkdownText(table.caption)}*`, '');
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const cells = (row: InlineRun[][]) =>
    Array.from({ length: width }, (_, i) => renderRuns(row[i] ?? []) || ' ');
  out.push(`${indent}| ${cells(table.header).join(' | ')} |`);
  out.push(
    `${indent}|${Array.from({ length: width }, (_, i) => alignRule(table.align?.[i], isRtl)).join('|')}|`,
  );
  for (const row of table.rows) out.push(`${indent}| ${cells(row).join(' | ')} |`);
}

function alignRule(align: ColumnAlign | undefined, isRtl: boolean): string {
  if (align !== 'end') return ' --- ';
  return isRtl ? ' :--- ' : ' ---: ';
}

// Runs make one line; the first is escaped as a line start so "1." or "- " typed by a city
// stays text rather than starting a list.
export function renderRuns(runs: InlineRun[]): string {
  return runs
    .map((run, index) => {
      const flat = run.text.replace(/\s*\r?\n\s*/g, ' ');
      const escaped = index === 0 ? escapeMarkdownLine(flat) : escapeMarkdownText(flat);
      return decorate(escaped, run);
    })
    .join('');
}

function decorate(text: string, run: InlineRun): string {
  // Emphasis markers must touch the words, so surrounding spaces move outside them.
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  const [, lead = '', core = '', trail = ''] = match;
  if (core === '') return text;
  let inner = core;
  if (run.em) inner = `*${inner}*`;
  if (run.strong) inner = `**${inner}**`;
  if (run.href && isSafeHref(run.href)) inner = `[${inner}](${escapeMarkdownUrl(run.href)})`;
  return `${lead}${inner}${trail}`;
}

function trimBlankLines(lines: string[]): string[] {
  const result = [...lines];
  while (result.length > 0 && result.at(-1) === '') result.pop();
  while (result.length > 0 && result[0] === '') result.shift();
  // Collapse runs of blank lines left by empty blocks.
  return result.filter((line, i) => !(line === '' && result[i - 1] === ''));
}
