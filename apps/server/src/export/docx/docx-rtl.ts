import { EmptyElement, type File } from 'docx';

class SectionBidi extends EmptyElement {
  constructor() {
    super('w:bidi');
  }
}

/**
 * Marks the document's section as right to left (`w:sectPr/w:bidi`): Word then lays out
 * columns, page numbers and gutters from the right. docx has no option for it, so the
 * element is inserted where the schema wants it, before `w:docGrid`. Throws if docx's
 * structure changes, which the Arabic DOCX test would catch.
 */
export function markSectionRightToLeft(doc: File): void {
  const sectionProperties = doc.Document.View.Body.getSectionPropertiesFor();
  const root = (sectionProperties as unknown as { root?: unknown[] } | undefined)?.root;
  if (!Array.isArray(root)) throw new Error('docx section properties have an unexpected shape');
  const gridIndex = root.findIndex(
    (child) => (child as { rootKey?: string } | null)?.rootKey === 'w:docGrid',
  );
  root.splice(gridIndex === -1 ? root.length : gridIndex, 0, new SectionBidi());
}
