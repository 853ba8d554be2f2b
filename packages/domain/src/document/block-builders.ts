import type {
  Block,
  ColumnAlign,
  DefinitionItem,
  HeadingBlock,
  InlineRun,
  ParagraphBlock,
  TableBlock,
} from './document.types.js';

// Small constructors so chapter builders read as the document they produce.

export const run = (text: string): InlineRun => ({ text });
export const strong = (text: string): InlineRun => ({ text, strong: true });

export const heading = (level: 2 | 3, text: string): HeadingBlock => ({
  kind: 'heading',
  level,
  runs: [run(text)],
});

export const paragraph = (...runs: (InlineRun | string)[]): ParagraphBlock => ({
  kind: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? run(r) : r)),
});

export const note = (text: string): Block => ({ kind: 'note', runs: [run(text)] });

export const bulletList = (items: string[]): Block => ({
  kind: 'list',
  ordered: false,
  items: items.map((item) => [paragraph(item)]),
});

export const definitions = (items: DefinitionItem[]): Block => ({ kind: 'definitions', items });

export const definition = (term: string, details: string): DefinitionItem => ({
  term,
  details: [run(details)],
});

export function table(options: {
  caption?: string;
  header: string[];
  rows: string[][];
  align?: ColumnAlign[];
}): TableBlock {
  const block: TableBlock = {
    kind: 'table',
    header: options.header.map((text) => [run(text)]),
    rows: options.rows.map((cells) => cells.map((text) => (text === '' ? [] : [run(text)]))),
  };
  if (options.caption) block.caption = options.caption;
  if (options.align?.includes('end')) block.align = options.align;
  return block;
}
