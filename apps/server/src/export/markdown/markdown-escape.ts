// Text written by a city (or taken from answers) must reach a Markdown reader as text: no
// emphasis, link, heading, list, table cell or raw HTML may come out of it. Characters that
// are markup anywhere are escaped everywhere; those that are only markup at the start of a
// line (list markers, numbered items) are escaped there. HTML-significant characters become
// entities, so even a renderer that allows raw HTML shows them literally.

const INLINE_MARKUP = /[\\`*_[\]#!|~{}]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMarkdownText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]!).replace(INLINE_MARKUP, (c) => `\\${c}`);
}

/** Escapes a line that starts a block: list markers, numbers, setext rules, indentation. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownText(text.replace(/^\s+/, ''))
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(=+\s*)$/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A link target that cannot end the link early or smuggle in spaces and brackets. */
export function escapeMarkdownUrl(url: string): string {
  return url
    .trim()
    .replace(
      /[\s()<>\\"'`[\]]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
}
