import { AUTHOR_NAME_MAX, COMMENT_MAX } from '../modules/consultations/comment.js';
import type { FormState } from './consult-page.renderer.js';
import type { PublicMessages } from './public-messages.js';

export interface CommentForm {
  part: string;
  nonce: string;
  /** The honeypot: people never see it, so anything in it was typed by a program. */
  website: string;
  name: string;
  comment: string;
}

function field(body: unknown, name: string): string {
  if (body === null || typeof body !== 'object') return '';
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

// Control characters other than tab and line feed have no place in a comment.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Reads the form fields, tolerating anything: a missing or odd field reads as empty. */
export function readCommentForm(body: unknown): CommentForm {
  return {
    part: field(body, 'part').slice(0, 200),
    nonce: field(body, 'nonce').slice(0, 200),
    website: field(body, 'website'),
    name: field(body, 'name').replace(CONTROL, '').replace(/\s+/g, ' ').trim(),
    comment: field(body, 'comment').replace(/\r\n?/g, '\n').replace(CONTROL, '').trim(),
  };
}

/** Our own messages in the page's language (the form has novalidate). */
export function validateCommentForm(form: CommentForm, messages: PublicMessages): FormState {
  const errors: FormState['errors'] = [];
  if (form.name.length > AUTHOR_NAME_MAX) {
    errors.push({ field: 'name', message: messages.nameTooLong(AUTHOR_NAME_MAX) });
  }
  if (form.comment === '') errors.push({ field: 'comment', message: messages.commentEmpty });
  else if (form.comment.length > COMMENT_MAX) {
    errors.push({
      field: 'comment',
      message: messages.commentTooLong(form.comment.length, COMMENT_MAX),
    });
  }
  return { part: form.part, name: form.name, comment: form.comment, errors };
}
