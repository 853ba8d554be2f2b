import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/export/index.js';
import { docxPart, readZip } from './read-zip.js';
import { SAMPLE_NARRATIVE, strategyDocument } from './export-fixture.js';

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('renderDocx (English, S4)', () => {
  let file: Buffer;
  let documentXml: string;

  beforeAll(async () => {
    file = await renderDocx(await strategyDocument({ narrative: SAMPLE_NARRATIVE }));
    documentXml = docxPart(file, 'word/document.xml');
  });

  it('is a Word package with its main parts', () => {
    const names = [...readZip(file).keys()];
    expect(names).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'word/document.xml',
        'word/styles.xml',
        'word/numbering.xml',
        'word/settings.xml',
      ]),
    );
  });

  it('marks chapters and sections with Word heading styles', () => {
    expect(count(documentXml, /<w:pStyle w:val="Heading1"\/>/g)).toBe(7);
    expect(count(documentXml, /<w:pStyle w:val="Heading2"\/>/g)).toBeGreaterThan(10);
    expect(count(documentXml, /<w:pStyle w:val="Heading3"\/>/g)).toBeGreaterThan(2);
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(documentXml).toContain('Resources and funding');
  });

  it('defines the heading, caption and table styles it uses', () => {
    const styles = docxPart(file, 'word/styles.xml');
    for (const id of [
      'Heading1',
      'Heading2',
      'Heading3',
      'Title',
      'Caption',
      'ConcordTable',
      'ConcordNote',
    ]) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toMatch(/<w:style w:type="table"[^>]*w:styleId="ConcordTable"/);
    expect(styles).toMatch(/<w:lang w:val="en-GB"/);
  });

  it('writes tables in the table style, with a repeating header row and a caption', () => {
    const tables = count(documentXml, /<w:tbl>/g);
    expect(tables).toBeGreaterThanOrEqual(10);
    expect(count(documentXml, /<w:tblStyle w:val="ConcordTable"\/>/g)).toBe(tables);
    expect(count(documentXml, /<w:tblHeader\/>/g)).toBe(tables);
    expect(documentXml).toContain('Funding by type of source');
    expect(documentXml).toContain('<w:pStyle w:val="Caption"/>');
  });

  it('has a table of contents field over headings 1 to 3', () => {
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    // Word refreshes the contents and page numbers when the council opens the file.
    expect(docxPart(file, 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
  });

  it('numbers the pages in the footer', () => {
    const footers = [...readZip(file).entries()].filter(([name]) =>
      /^word\/footer\d+\.xml$/.test(name),
    );
    expect(footers.length).toBeGreaterThan(0);
    const footer = footers.map(([, xml]) => xml.toString('utf8')).join('');
    expect(footer).toContain('>PAGE<');
    expect(footer).toContain('>NUMPAGES<');
  });

  it('keeps links from the narrative as real hyperlinks', () => {
    const relationships = docxPart(file, 'word/_rels/document.xml.rels');
    expect(relationships).toContain('Target="https://example.org/plan"');
    expect(relationships).toContain('TargetMode="External"');
  });

  it('is left to right with no right-to-left settings', () => {
    expect(documentXml).not.toContain('<w:bidi/>');
    expect(documentXml).not.toContain('<w:bidiVisual');
  });
});

describe('renderDocx (Arabic, S1)', () => {
  let documentXml: string;
  let styles: string;

  beforeAll(async () => {
    const file = await renderDocx(await strategyDocument({ scenario: 'S1', locale: 'ar' }));
    documentXml = docxPart(file, 'word/document.xml');
    styles = docxPart(file, 'word/styles.xml');
  });

  it('lays paragraphs out right to left', () => {
    const paragraphs = count(documentXml, /<w:p>/g);
    expect(count(documentXml, /<w:pPr>(?:(?!<\/w:pPr>).)*<w:bidi\/>/g)).toBeGreaterThan(
      paragraphs * 0.9,
    );
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:bidi\/>/);
  });

  it('marks Arabic runs as right-to-left text', () => {
    expect(documentXml).toMatch(
      /<w:rPr>(?:(?!<\/w:rPr>).)*<w:rtl\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>السياق والتفويض/,
    );
  });

  it('lays tables out right to left', () => {
    const tables = count(documentXml, /<w:tbl>/g);
    expect(tables).toBeGreaterThan(3);
    expect(count(documentXml, /<w:bidiVisual\/>/g)).toBe(tables);
  });

  it('sets the section right to left, where the schema puts it', () => {
    expect(documentXml).toMatch(
      /<w:sectPr>.*<w:titlePg\/><w:bidi\/><w:docGrid [^>]*\/><\/w:sectPr><\/w:body>/,
    );
  });

  it('declares the Arabic language and a font with Arabic glyphs for complex script', () => {
    expect(styles).toMatch(/<w:lang w:val="ar-SA" w:bidi="ar-SA"\/>/);
    expect(styles).toMatch(/<w:rFonts [^>]*w:cs="Arial"/);
  });
});
