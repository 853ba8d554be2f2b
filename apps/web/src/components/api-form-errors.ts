import { isApiError, toFieldName } from '../api/api-error.js';
import type { Translate } from '../i18n/use-t.js';
import { describeApiError } from './describe-api-error.js';
import type { FormError } from './use-form-errors.js';

/**
 * Server-side validation problems placed at the fields this form has; anything else becomes one
 * plain sentence for the whole form.
 */
export function toFormErrors(error: unknown, fields: readonly string[], t: Translate): FormError[] {
  if (isApiError(error, 'validation_failed') && error.fields.length > 0) {
    return error.fields.map((fieldError) => {
      const field = toFieldName(fieldError.path);
      return { field: fields.includes(field) ? field : null, message: fieldError.message };
    });
  }
  return [{ field: null, message: describeApiError(error, t) }];
}

/** A form field's text, trimmed; empty when missing. */
export function readText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Passwords are taken exactly as typed: spaces may be part of them. */
export function readRaw(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailLike(value: string): boolean {
  return EMAIL_PATTERN.test(value);
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
