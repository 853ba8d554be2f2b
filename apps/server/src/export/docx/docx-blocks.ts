import {
  isSafeHref,
  type Block,
  type ColumnAlign,
  type InlineRun,
  type ListBlock,
  type TableBlock,
} from '@concord/domain/document';
import {
  AlignmentType,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { termWithColon } from '../term-label.js';
import { BULLET_LIST, NOTE_STYLE, ORDERED_LIST, TABLE_STYLE } from './docx-styles.js';

/** Text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
export const TEXT_WIDTH_TWIPS = 11906 - 2 * 1418;

// Runs in Arabic (or Hebrew) script are marked right to left so Word orders and shapes them
// as such; Latin runs inside an Arabic paragraph (a currency code, a name) stay as they are.
const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

export interface DocxBlockContext {
  isRtl: boolean;
  /** Each numbered list restarts at 1: a new numbering instance per list. */
  nextListInstance(): number;
}

export function createBlockContext(isRtl: boolean): DocxBlockContext {
  let instance = 0;
  return { isRtl, nextListInstance: () => (instance += 1) };
}

export function paragraphOptions(
  ctx: DocxBlockContext,
  options: IParagraphOptions,
): IParagraphOptions {
  return ctx.isRtl ? { ...options, bidirectional: true } : options;
}

export function textRuns(runs: InlineRun[], extra: { bold?: boolean } = {}): ParagraphChild[] {
  return runs.map((run) => {
    const bold = run.strong === true || extra.bold === true;
    const textRun = new TextRun({
      text: run.text,
      ...(bold ? { bold: true, boldComplexScript: true } : {}),
      ...(run.em ? { italics: true, italicsComplexScript: true } : {}),
      ...(RTL_SCRIPT.test(run.text) ? { rightToLeft: true } : {}),
      ...(run.href ? { style: 'Hyperlink' } : {}),
    });
    return run.href && isSafeHref(run.href)
      ? new ExternalHyperlink({ link: run.href.trim(), children: [textRun] })
      : textRun;
  });
}

/** One document block as Word paragraphs and tables. */
export function blockToDocx(block: Block, ctx: DocxBlockContext): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph(
          paragraphOptions(ctx, {
            heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
            children: textRuns(block.runs),
          }),
        ),
      ];
    case 'paragraph':
      return [new Paragraph(paragraphOptions(ctx, { children: textRuns(block.runs) }))];
    case 'note':
      return [
        new Paragraph(paragraphOptions(ctx, { style: NOTE_STYLE, children: textRuns(block.runs) })),
      ];
    case 'definitions':
      return block.items.map(
        (item) =>
          new Paragraph(
            paragraphOptions(ctx, {
              keepLines: true,
              spacing: { after: 60 },
              children: [
                ...textRuns([{ text: `${termWithColon(item.term)} ` }], { bold: true }),
                ...textRuns(item.details),
              ],
            }),
          ),
      );
    case 'list':
      return listToDocx(block, 0, ctx);
    case 'table':
      return tableToDocx(block, ctx);
    default: {
      const unknown: never = block;
      throw new Error(`Unknown block kind: ${JSON.stringify(unknown)}`);
    }
  }
}

function listToDocx(list: ListBlock, level: number, ctx: DocxBlockContext): (Paragraph | Table)[] {
  const reference = list.ordered ? ORDERED_LIST : BULLET_LIST;
  const instance = ctx.nextListInstance();
  const out: (Paragraph | Table)[] = [];
  for (const item of list.items) {
    let isFirst = true;
    for (const block of item) {
      if (block.kind === 'list') {
        out.push(...listToDocx(block, Math.min(level + 1, 2), ctx));
      } else if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'note') {
        const options: IParagraphOptions = isFirst
          ? { children: textRuns(block.runs), numbering: { reference, level, instance } }
          : { children: textRuns(block.runs), indent: { left: 360 * (level + 1) } };
        out.push(new Paragraph(paragraphOptions(ctx, { ...options, spacing: { after: 60 } })));
      } else {
        out.push(...blockToDocx(block, ctx));
      }
      isFirst = false;
    }
  }
  return out;
}

function tableToDocx(table: TableBlock, ctx: DocxBlockContext): (Paragraph | Table)[] {
  const width = Math.max(table.header.length, ...table.rows.map((row) => row.length), 1);
  const columnWidth = Math.floor(TEXT_WIDTH_TWIPS / width);
  const alignmentOf = (align: ColumnAlign | undefined) =>
    align === 'end' ? (ctx.isRtl ? AlignmentType.LEFT : AlignmentType.RIGHT) : undefined;
  const row = (cells: InlineRun[][], isHeader: boolean) =>
    new TableRow({
      ...(isHeader ? { tableHeader: true } : {}),
      cantSplit: true,
      children: Array.from({ length: width }, (_, i) => {
        const alignment = alignmentOf(table.align?.[i]);
        return new TableCell({
          width: { size: columnWidth, type: WidthType.DXA },
          children: [
            new Paragraph(
              paragraphOptions(ctx, {
                children: textRuns(cells[i] ?? []),
                ...(alignment ? { alignment } : {}),
              }),
            ),
          ],
        });
      }),
    });
  const out: (Paragraph | Table)[] = [];
  if (table.caption) {
    out.push(
      new Paragraph(
        paragraphOptions(ctx, { style: 'Caption', children: textRuns([{ text: table.caption }]) }),
      ),
    );
  }
  out.push(
    new Table({
      style: TABLE_STYLE,
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: Array.from({ length: width }, () => columnWidth),
      tableLook: { firstRow: true, noVBand: true },
      ...(ctx.isRtl ? { visuallyRightToLeft: true } : {}),
      rows: [row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
    }),
  );
  // Word merges two tables that touch; a small paragraph keeps them apart.
  out.push(new Paragraph(paragraphOptions(ctx, { spacing: { after: 120 } })));
  return out;
}
