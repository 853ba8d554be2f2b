import type { Direction } from '@concord/domain/document';

// Fonts Debian ships for Chromium's PDF output first (Noto, DejaVu), then what Windows and
// macOS readers have. Arabic needs a face with Arabic glyphs and shaping tables.
const LATIN_FONTS = '"Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif';
const ARABIC_FONTS = '"Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, Arial, serif';

/**
 * The document's stylesheet, inlined so the HTML file stands alone: readable on screen, and
 * paginated for print (A4, chapters on new pages, table headers repeated, no orphaned
 * headings). Logical properties (start/end) make the same rules work right to left.
 */
export function printStylesheet(direction: Direction): string {
  const fonts =
    direction === 'rtl' ? `${ARABIC_FONTS.replace(', serif', '')}, ${LATIN_FONTS}` : LATIN_FONTS;
  return `
:root { color: #1b1b1b; background: #fff; }
body { font-family: ${fonts}; font-size: 11pt; line-height: 1.5; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1, h2, h3, h4 { line-height: 1.25; color: #12355b; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.6rem; margin: 2.5rem 0 1rem; border-block-end: 2px solid #12355b; padding-block-end: 0.25rem; }
h3 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
p { margin: 0 0 0.75rem; }
a { color: #0b5394; text-decoration: underline; overflow-wrap: anywhere; }
.subtitle { font-size: 1.25rem; margin-block-end: 1.5rem; }
.cover { margin-block-end: 2rem; }
dl { margin: 0 0 1rem; }
dl > div { display: grid; grid-template-columns: minmax(10rem, 38%) 1fr; gap: 0.75rem; padding-block: 0.3rem; border-block-end: 1px solid #d9dee4; break-inside: avoid; }
dt { font-weight: 700; }
dd { margin: 0; }
ul, ol { margin: 0 0 0.75rem; padding-inline-start: 1.5rem; }
li > p { margin-block-end: 0.25rem; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1.25rem; font-size: 0.95em; }
caption { text-align: start; font-weight: 700; padding-block-end: 0.35rem; caption-side: top; }
th, td { border: 1px solid #9aa5b1; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
th { background: #e8eef5; }
td.end, th.end { text-align: end; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.note { border-inline-start: 4px solid #b45f06; background: #fdf3e7; padding: 0.5rem 0.75rem; margin: 0 0 1rem; }
.toc ol { list-style: decimal; }
@page { size: A4; margin: 20mm 18mm 22mm; }
${
  // In a right-to-left document a paragraph written in a Latin script (a name, a reference)
  // keeps its own reading order, while alignment still follows the document.
  direction === 'rtl' ? 'p, li, dt, dd, th, td, caption { unicode-bidi: plaintext; }' : ''
}
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .chapter { break-before: page; page-break-before: always; }
  a { color: inherit; }
  th { background: #e8eef5 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
}
