import type { Direction } from '@concord/domain/document';
import { BorderStyle, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

export const TABLE_STYLE = 'ConcordTable';
export const NOTE_STYLE = 'ConcordNote';
export const SUBTITLE_STYLE = 'Subtitle';
export const TOC_HEADING_STYLE = 'TOCHeading';
export const ORDERED_LIST = 'concord-ordered';
export const BULLET_LIST = 'concord-bullets';

const ACCENT = '12355B';
// Calibri for Latin text as Word users expect; Arial for complex scripts because every
// Windows and macOS install has it with Arabic glyphs, so a council's copy renders as sent.
const LATIN_FONT = 'Calibri';
const COMPLEX_SCRIPT_FONT = 'Arial';

/**
 * Real Word styles (Heading 1-3, Title, Caption, a table style, a note style), so council
 * staff can restyle or extend the document the normal way; the document language and, for
 * Arabic, right-to-left paragraphs are set once in the defaults.
 */
export function buildDocxStyles(direction: Direction, language: string): IStylesOptions {
  const isRtl = direction === 'rtl';
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { size, sizeComplexScript: size, bold: true, boldComplexScript: true, color: ACCENT },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: {
          font: {
            ascii: LATIN_FONT,
            hAnsi: LATIN_FONT,
            eastAsia: LATIN_FONT,
            cs: COMPLEX_SCRIPT_FONT,
          },
          size: 22,
          sizeComplexScript: 22,
          language: isRtl
            ? { value: language, bidirectional: language }
            : { value: language, bidirectional: 'ar-SA' },
        },
        paragraph: {
          spacing: { after: 120, line: 276 },
          ...(isRtl ? { bidirectional: true } : {}),
        },
      },
      title: {
        run: { size: 52, sizeComplexScript: 52, bold: true, color: ACCENT },
        paragraph: { spacing: { after: 200 } },
      },
      heading1: heading(36, 360, 0),
      heading2: heading(30, 300, 1),
      heading3: heading(25, 240, 2),
      caption: {
        run: { size: 20, sizeComplexScript: 20, bold: true, color: ACCENT, italics: false },
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: SUBTITLE_STYLE,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 30, sizeComplexScript: 30, color: '444444' },
        paragraph: { spacing: { after: 360 } },
      },
      {
        id: TOC_HEADING_STYLE,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 32, sizeComplexScript: 32, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 240, after: 160 } },
      },
      {
        id: NOTE_STYLE,
        name: 'Note',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        paragraph: {
          indent: { left: 240 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'B45F06', space: 6 } },
          shading: { type: 'clear', color: 'auto', fill: 'FDF3E7' },
          spacing: { before: 60, after: 180 },
        },
      },
    ],
  };
}

/**
 * Styles docx has no options for (a table style), as a styles part docx merges with its own:
 * grid borders, a shaded header row and cell margins. Passed as `externalStyles`, the one
 * way to add styles while keeping docx's defaults (Normal, headings, captions, TOC levels).
 */
export function buildExternalStyles(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">' +
    tableStyleXml() +
    '</w:styles>'
  );
}

function tableStyleXml(): string {
  const border = (side: string) =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="9AA5B1"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  return (
    `<w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE}">` +
    '<w:name w:val="Concord Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>' +
    `<w:tblPr><w:tblBorders>${borders}</w:tblBorders>` +
    '<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>' +
    '<w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>' +
    '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8EEF5"/></w:tcPr></w:tblStylePr>' +
    '</w:style>'
  );
}

/** A numbered list (restarted per list through instances) and a bullet list, two levels. */
export function buildNumbering(): INumberingOptions {
  const indent = (level: number) => ({ indent: { left: 360 * (level + 1), hanging: 300 } });
  return {
    config: [
      {
        reference: ORDERED_LIST,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          style: { paragraph: indent(level) },
        })),
      },
      {
        reference: BULLET_LIST,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: level === 1 ? '◦' : '•',
          style: { paragraph: indent(level) },
        })),
      },
    ],
  };
}
