import MarkdownItClass, { type MarkdownIt, type Token } from 'markdown-it';
import type { Block, ColumnAlign, InlineRun, TableBlock } from './document.types.js';
import { isSafeHref } from './safe-href.js';

// Kept here too: callers and tests that know the rule as part of the parser still find it.
export { isSafeHref };

// Cities write their narrative chapters in a Markdown subset: headings, paragraphs, lists,
// emphasis, links and tables. markdown-it does the parsing with raw HTML switched off, so a
// `<script>` typed into a chapter stays the literal text "<script>"; the tokens are then
// mapped onto the document model, which has no way to carry markup at all.

function createParser(): MarkdownIt {
  const md = new MarkdownItClass('default', { html: false, linkify: false, typographer: false });
  // A link whose address fails this check is left as the literal text the city typed.
  md.validateLink = isSafeHref;
  return md;
}

let parser: MarkdownIt | undefined;

/**
 * Turns a chapter's Markdown into document blocks. Headings are re-levelled so the city's
 * top heading sits just under the chapter title (level 2), whatever `#` count it used.
 */
export function parseNarrative(markdown: string): Block[] {
  parser ??= createParser();
  const tokens = parser.parse(markdown, {});
  const levels = tokens
    .filter((t: Token) => t.type === 'heading_open')
    .map((t: Token) => Number(t.tag.slice(1)));
  const topLevel = levels.length > 0 ? Math.min(...levels) : 1;
  const blocks: Block[] = [];
  readBlocks(tokens, 0, null, blocks, topLevel);
  return blocks;
}

function readBlocks(
  tokens: Token[],
  start: number,
  closeType: string | null,
  out: Block[],
  topLevel: number,
): number {
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.type === closeType) return i + 1;
    switch (token.type) {
      case 'heading_open': {
        const level = Number(token.tag.slice(1)) - topLevel + 2;
        const runs = readInline(tokens[i + 1]);
        if (runs.length > 0) out.push({ kind: 'heading', level: level <= 2 ? 2 : 3, runs });
        i += 3;
        break;
      }
      case 'paragraph_open': {
        const runs = readInline(tokens[i + 1]);
        if (runs.length > 0) out.push({ kind: 'paragraph', runs });
        i += 3;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const closing = token.type.replace('_open', '_close');
        const items: Block[][] = [];
        i += 1;
        while (i < tokens.length && tokens[i]!.type !== closing) {
          const item: Block[] = [];
          i = readBlocks(tokens, i + 1, 'list_item_close', item, topLevel);
          items.push(item);
        }
        out.push({ kind: 'list', ordered: token.type === 'ordered_list_open', items });
        i += 1;
        break;
      }
      case 'blockquote_open':
        i = readBlocks(tokens, i + 1, 'blockquote_close', out, topLevel);
        break;
      case 'table_open':
        i = readTable(tokens, i + 1, out);
        break;
      case 'fence':
      case 'code_block':
      case 'html_block': {
        const text = token.content.replace(/\s+$/, '');
        if (text) out.push({ kind: 'paragraph', runs: [{ text }] });
        i += 1;
        break;
      }
      default:
        // hr and anything a later markdown-it adds: nothing to carry over.
        i += 1;
    }
  }
  return i;
}

function readTable(tokens: Token[], start: number, out: Block[]): number {
  const table: TableBlock = { kind: 'table', header: [], rows: [] };
  const align: ColumnAlign[] = [];
  let row: InlineRun[][] | null = null;
  let inHead = false;
  let i = start;
  for (; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.type === 'table_close') break;
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row) {
      if (inHead) table.header = row;
      else table.rows.push(row);
      row = null;
    } else if ((token.type === 'th_open' || token.type === 'td_open') && row) {
      if (inHead)
        align.push(/text-align:\s*right/.test(attribute(token, 'style')) ? 'end' : 'start');
      row.push(readInline(tokens[i + 1]));
    }
  }
  if (align.includes('end')) table.align = align;
  out.push(table);
  return i + 1;
}

function attribute(token: Token, name: string): string {
  const value = token.attrGet(name);
  return value === null ? '' : String(value);
}

function readInline(token: Token | undefined): InlineRun[] {
  const runs: InlineRun[] = [];
  let strong = 0;
  let em = 0;
  let href: string | undefined;
  const push = (text: string) => {
    if (text === '') return;
    const run: InlineRun = { text };
    if (strong > 0) run.strong = true;
    if (em > 0) run.em = true;
    if (href !== undefined) run.href = href;
    const last = runs.at(-1);
    if (last && last.strong === run.strong && last.em === run.em && last.href === run.href) {
      last.text += text;
    } else runs.push(run);
  };
  for (const child of token?.children ?? []) {
    switch (child.type) {
      case 'strong_open':
        strong += 1;
        break;
      case 'strong_close':
        strong -= 1;
        break;
      case 'em_open':
        em += 1;
        break;
      case 'em_close':
        em -= 1;
        break;
      case 'link_open': {
        const target = attribute(child, 'href');
        href = isSafeHref(target) ? target : undefined;
        break;
      }
      case 'link_close':
        href = undefined;
        break;
      case 'softbreak':
      case 'hardbreak':
        push(' ');
        break;
      case 'image':
        push(child.content);
        break;
      default:
        push(child.content);
    }
  }
  const first = runs[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = runs.at(-1);
  if (last) last.text = last.text.replace(/\s+$/, '');
  return runs.filter((r) => r.text !== '');
}
