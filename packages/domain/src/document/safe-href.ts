// Apart from the Markdown parser, so a renderer that only needs the link rule (the web app's
// document view) does not also load markdown-it.
const SAFE_LINK = /^(?:https?:|mailto:)/i;

/** Only web and mail links may become live; `javascript:`, `data:`, relative paths may not. */
export function isSafeHref(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}
