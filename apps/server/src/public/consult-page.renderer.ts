import { escapeHtml as esc } from '../export/html/html-escape.js';
import type { PublicAnswer, PublicRow } from '../modules/consultations/public-values.js';
import type {
  PublicComment,
  PublicPart,
  PublicView,
} from '../modules/consultations/public-view.js';
import type { Locale } from '../modules/users/user.js';
import { COMMENT_MAX } from '../modules/consultations/comment.js';
import { renderLayout } from './page-layout.js';
import { type PublicMessages, publicMessages } from './public-messages.js';

export type FormField = 'name' | 'comment';

export interface FormState {
  part: string;
  name: string;
  comment: string;
  errors: { field: FormField; message: string }[];
}

export interface ConsultPageInput {
  view: PublicView;
  slug: string;
  cityName: string;
  languages: readonly Locale[];
  /** The language the strategy's answers and glossary are written in. */
  sourceLang: Locale;
  phase: 'upcoming' | 'open' | 'closed';
  /** Status line, already worded in the page language. */
  statusText: string;
  comments: ReadonlyMap<string, readonly PublicComment[]>;
  formatDate: (timestamp: string) => string;
  nonce: string;
  form?: FormState;
}

/** Ids safe in fragments: "strategy:mandate" becomes "p-strategy-mandate". */
export function anchorOf(part: string): string {
  return `p-${part.replace(/[^a-zA-Z0-9-]+/g, '-')}`;
}

export function consultPath(slug: string, lang: Locale): string {
  return `/consult/${encodeURIComponent(slug)}?lang=${lang}`;
}

function headingOf(part: PublicPart, messages: PublicMessages): string {
  if (part.kind === 'framing') return messages.framingHeading;
  if (part.kind === 'definitions') return messages.definitionsHeading;
  return part.heading;
}

/** Free text keeps its own language; dir="auto" lets each paragraph find its direction. */
function sourceAttrs(input: ConsultPageInput, isFreeText: boolean): string {
  if (!isFreeText) return '';
  return input.sourceLang === input.view.lang
    ? ' dir="auto"'
    : ` lang="${input.sourceLang}" dir="auto"`;
}

function renderRow(row: PublicRow, input: ConsultPageInput): string {
  const fields = row.fields
    .map(
      (field) =>
        `<dt>${esc(field.label)}</dt><dd${sourceAttrs(input, field.isFreeText)}>${esc(field.value)}</dd>`,
    )
    .join('');
  return `<li><p><strong${sourceAttrs(input, row.isFreeText)}>${esc(row.title)}</strong></p>${fields ? `<dl>${fields}</dl>` : ''}</li>`;
}

function renderAnswer(answer: PublicAnswer, input: ConsultPageInput): string {
  const body =
    answer.rows.length > 0
      ? `<ul class="rows">${answer.rows.map((row) => renderRow(row, input)).join('')}</ul>`
      : answer.paragraphs
          .map((text) => `<p class="text"${sourceAttrs(input, answer.isFreeText)}>${esc(text)}</p>`)
          .join('');
  return `<h3>${esc(answer.label)}</h3>${body}`;
}

function renderPartBody(
  part: PublicPart,
  input: ConsultPageInput,
  messages: PublicMessages,
): string {
  switch (part.kind) {
    case 'framing':
      return part.paragraphs.map((text) => `<p class="text" dir="auto">${esc(text)}</p>`).join('');
    case 'definitions':
      return `<p>${esc(messages.definitionsIntro)}</p><dl>${part.definitions
        .map(
          (item) =>
            `<dt${sourceAttrs(input, true)}>${esc(item.term)}</dt><dd>${item.paragraphs
              .map((text) => `<p class="text"${sourceAttrs(input, true)}>${esc(text)}</p>`)
              .join('')}</dd>`,
        )
        .join('')}</dl>`;
    case 'section':
      return part.answers.map((answer) => renderAnswer(answer, input)).join('');
  }
}

function renderComments(
  part: PublicPart,
  heading: string,
  input: ConsultPageInput,
  messages: PublicMessages,
): string {
  const comments = input.comments.get(part.id) ?? [];
  const title = `<h3>${esc(messages.commentsHeading(heading))}</h3>`;
  if (comments.length === 0) return `${title}<p>${esc(messages.noComments)}</p>`;
  const items = comments.map((comment) => {
    const who = comment.authorName
      ? `<bdi>${esc(comment.authorName)}</bdi>`
      : esc(messages.anonymous);
    const reply = comment.reply
      ? `<div class="reply"><p class="who">${esc(messages.replyLabel)}</p><p class="text" dir="auto">${esc(comment.reply)}</p></div>`
      : '';
    return `<li><p class="who">${who}, ${esc(input.formatDate(comment.createdAt))}</p><p class="text" lang="${esc(comment.language)}" dir="auto">${esc(comment.body)}</p>${reply}</li>`;
  });
  return `${title}<ul class="comments">${items.join('')}</ul>`;
}

function describedBy(...ids: (string | false)[]): string {
  return ids.filter(Boolean).join(' ');
}

function renderForm(
  part: PublicPart,
  heading: string,
  input: ConsultPageInput,
  messages: PublicMessages,
): string {
  const id = anchorOf(part.id);
  const state = input.form?.part === part.id ? input.form : undefined;
  const error = (field: FormField) => state?.errors.find((item) => item.field === field)?.message;
  const nameError = error('name');
  const commentError = error('comment');
  const errorLine = (field: FormField, message: string | undefined) =>
    message
      ? `<p class="error-message" id="${id}-${field}-error"><span class="vh">${esc(messages.errorPrefix)}</span> ${esc(message)}</p>`
      : '';
  return `<h3 id="${id}-form">${esc(messages.formHeading(heading))}</h3>
<form method="post" action="/consult/${esc(encodeURIComponent(input.slug))}/comments?lang=${input.view.lang}" aria-labelledby="${id}-form" novalidate>
<input type="hidden" name="part" value="${esc(part.id)}">
<input type="hidden" name="nonce" value="${esc(input.nonce)}">
<div class="hp"><label for="${id}-website">${esc(messages.honeypotLabel)}</label><input type="text" id="${id}-website" name="website" tabindex="-1" autocomplete="off"></div>
<div${nameError ? ' class="field-error"' : ''}>
<label for="${id}-name">${esc(messages.nameLabel)}</label>
<p class="hint" id="${id}-name-hint">${esc(messages.nameHint)}</p>
${errorLine('name', nameError)}<input type="text" id="${id}-name" name="name" autocomplete="nickname" dir="auto" aria-describedby="${describedBy(`${id}-name-hint`, nameError !== undefined && `${id}-name-error`)}"${nameError ? ' aria-invalid="true"' : ''} value="${esc(state?.name ?? '')}">
</div>
<div${commentError ? ' class="field-error"' : ''}>
<label for="${id}-comment">${esc(messages.commentLabel)}</label>
<p class="hint" id="${id}-comment-hint">${esc(messages.commentHint(COMMENT_MAX))}</p>
${errorLine('comment', commentError)}<textarea id="${id}-comment" name="comment" rows="6" dir="auto" aria-describedby="${describedBy(`${id}-comment-hint`, commentError !== undefined && `${id}-comment-error`)}"${commentError ? ' aria-invalid="true"' : ''}>${esc(state?.comment ?? '')}</textarea>
</div>
<p class="hint">${esc(messages.privacy)}</p>
<button type="submit">${esc(messages.submit)}</button>
</form>`;
}

function renderErrorSummary(input: ConsultPageInput, messages: PublicMessages): string {
  const form = input.form;
  if (!form || form.errors.length === 0) return '';
  const id = anchorOf(form.part);
  const items = form.errors
    .map((item) => `<li><a href="#${id}-${item.field}">${esc(item.message)}</a></li>`)
    .join('');
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${esc(messages.errorSummaryTitle)}</h2>
<ul>${items}</ul>
</div>`;
}

/** The public consultation page: HTML and one stylesheet, usable without any script. */
export function renderConsultPage(input: ConsultPageInput): string {
  const { view } = input;
  const messages = publicMessages(view.lang);
  const sections = view.parts.map((part) => {
    const heading = headingOf(part, messages);
    const id = anchorOf(part.id);
    return `<section id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${esc(heading)}</h2>
${renderPartBody(part, input, messages)}
${renderComments(part, heading, input, messages)}
${input.phase === 'open' ? renderForm(part, heading, input, messages) : ''}
</section>`;
  });
  const main = [
    renderErrorSummary(input, messages),
    // The title is the city's own text, often in another script than the page: isolated.
    `<h1><bdi>${esc(view.title)}</bdi></h1>`,
    `<p class="status">${esc(input.statusText)}</p>`,
    `<p class="lead">${esc(messages.intro)}</p>`,
    ...sections,
    `<h2>${esc(messages.howCommentsAreUsedHeading)}</h2>`,
    `<p>${esc(messages.howCommentsAreUsed)}</p>`,
  ]
    .filter((html) => html !== '')
    .join('\n');
  const title = messages.pageTitle(view.title, input.cityName);
  const hasErrors = (input.form?.errors.length ?? 0) > 0;
  return renderLayout({
    lang: view.lang,
    languages: input.languages,
    hrefFor: (lang) => consultPath(input.slug, lang),
    title: hasErrors ? `${messages.errorPrefix} ${title}` : title,
    cityName: input.cityName,
    main,
  });
}
