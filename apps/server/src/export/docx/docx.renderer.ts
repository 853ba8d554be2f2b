import type { StrategyDocument } from '@concord/domain/document';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import { blockToDocx, createBlockContext, paragraphOptions, textRuns } from './docx-blocks.js';
import { markSectionRightToLeft } from './docx-rtl.js';
import {
  buildDocxStyles,
  buildExternalStyles,
  buildNumbering,
  SUBTITLE_STYLE,
  TOC_HEADING_STYLE,
} from './docx-styles.js';

const MARGIN_TWIPS = 1418; // 2.5 cm

/**
 * The strategy document as an editable Word file for council staff: Word's own heading,
 * caption and table styles, a table of contents field, page numbers in the footer, the
 * document language, and for Arabic right-to-left paragraphs, tables and section.
 */
export async function renderDocx(doc: StrategyDocument): Promise<Buffer> {
  const { meta } = doc;
  const isRtl = meta.direction === 'rtl';
  const ctx = createBlockContext(isRtl);
  const p = (options: ConstructorParameters<typeof Paragraph>[0] & object) =>
    new Paragraph(paragraphOptions(ctx, options));

  const children: FileChild[] = [
    p({ heading: HeadingLevel.TITLE, children: textRuns([{ text: meta.title }]) }),
    p({ style: SUBTITLE_STYLE, children: textRuns([{ text: meta.subtitle }]) }),
    ...meta.facts.flatMap((fact) => blockToDocx({ kind: 'definitions', items: [fact] }, ctx)),
    p({
      style: TOC_HEADING_STYLE,
      pageBreakBefore: true,
      children: textRuns([{ text: meta.labels.contents }]),
    }),
    new TableOfContents(meta.labels.contents, { hyperlink: true, headingStyleRange: '1-3' }),
  ];
  for (const chapter of doc.chapters) {
    children.push(
      p({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: textRuns([{ text: chapter.title }]),
      }),
    );
    for (const block of chapter.blocks) children.push(...blockToDocx(block, ctx));
  }

  const file = new Document({
    title: meta.title,
    subject: meta.subtitle,
    creator: 'Concord',
    externalStyles: buildExternalStyles(),
    styles: buildDocxStyles(meta.direction, meta.language),
    numbering: buildNumbering(),
    features: { updateFields: true },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: {
              top: MARGIN_TWIPS,
              bottom: MARGIN_TWIPS,
              left: MARGIN_TWIPS,
              right: MARGIN_TWIPS,
            },
          },
          titlePage: true,
        },
        headers: {
          default: new Header({
            children: [
              p({ alignment: AlignmentType.CENTER, children: textRuns([{ text: meta.title }]) }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              p({
                alignment: AlignmentType.CENTER,
                children: [
                  ...textRuns([{ text: `${meta.labels.page} ` }]),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                  new TextRun({ children: [' / ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  if (isRtl) markSectionRightToLeft(file);
  return Packer.toBuffer(file);
}
