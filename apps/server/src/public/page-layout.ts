import { isRightToLeft } from '@concord/domain/document';
import { escapeHtml as esc } from '../export/html/html-escape.js';
import type { Locale } from '../modules/users/user.js';
import { CONSULT_CSS_PATH } from './consult-styles.js';
import { publicMessages } from './public-messages.js';

export interface LayoutInput {
  lang: Locale;
  /** The page's languages, for the switcher; one language means no switcher. */
  languages: readonly Locale[];
  /** The address of this page in another language. */
  hrefFor: (lang: Locale) => string;
  /** Full <title>; prefix "Error: " when the page shows form errors. */
  title: string;
  cityName: string;
  /** Inner HTML of <main>, already escaped. */
  main: string;
}

function languageSwitch({ lang, languages, hrefFor }: LayoutInput): string {
  if (languages.length < 2) return '';
  const items = languages.map((code) => {
    const name = esc(publicMessages(code).languageName);
    return code === lang
      ? `<li><span aria-current="true" lang="${code}">${name}</span></li>`
      : `<li><a href="${esc(hrefFor(code))}" hreflang="${code}" lang="${code}">${name}</a></li>`;
  });
  return `<nav aria-label="${esc(publicMessages(lang).languageNav)}"><ul>${items.join('')}</ul></nav>`;
}

/**
 * The frame of every public page: language and direction on <html>, a skip link, a header
 * with the language switch, one <main>, a footer. One small stylesheet, no script at all.
 */
export function renderLayout(input: LayoutInput): string {
  const messages = publicMessages(input.lang);
  const dir = isRightToLeft(input.lang) ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${input.lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(input.title)}</title>
<link rel="stylesheet" href="${CONSULT_CSS_PATH}">
</head>
<body>
<a class="skip" href="#main">${esc(messages.skipLink)}</a>
<header>
<p>${esc(messages.consultationOf(input.cityName))}</p>
${languageSwitch(input)}
</header>
<main id="main" tabindex="-1">
${input.main}
</main>
<footer><div><p>${esc(messages.footer(input.cityName))}</p></div></footer>
</body>
</html>
`;
}

/** A short page with a heading, sentences and an optional copy of the resident's comment. */
export function renderMessagePage(
  layout: Omit<LayoutInput, 'main' | 'title'>,
  {
    heading,
    paragraphs,
    comment,
    back,
  }: { heading: string; paragraphs: string[]; comment?: string; back?: string },
): string {
  const messages = publicMessages(layout.lang);
  const parts = [`<h1>${esc(heading)}</h1>`, ...paragraphs.map((text) => `<p>${esc(text)}</p>`)];
  if (comment) {
    parts.push(
      `<h2>${esc(messages.yourComment)}</h2>`,
      `<div class="copy" dir="auto">${esc(comment)}</div>`,
    );
  }
  if (back) parts.push(`<p><a href="${esc(back)}">${esc(messages.backToConsultation)}</a></p>`);
  return renderLayout({
    ...layout,
    title: `${heading} – ${layout.cityName}`,
    main: parts.join('\n'),
  });
}
