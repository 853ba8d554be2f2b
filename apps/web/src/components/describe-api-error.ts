import { isApiError } from '../api/api-error.js';
import type { Translate } from '../i18n/use-t.js';

/**
 * A plain sentence for failures every page can meet. Forms handle their own expected errors
 * (wrong password, conflicts) before falling back to this.
 */
export function describeApiError(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.unexpected');
  switch (error.code) {
    case 'network':
      return t('error.network');
    case 'rate_limited':
      return t('error.rateLimited');
    case 'not_ready':
      return t('error.notReady');
    case 'forbidden':
      return t('error.forbidden');
    case 'csrf_rejected':
      return t('error.csrf');
    case 'unauthenticated':
      return t('error.signedOut');
    case 'not_found':
      return t('error.notFound');
    case 'payload_too_large':
      return t('error.tooLarge');
    case 'validation_failed':
    case 'invalid_json':
    case 'conflict':
    case 'invalid_credentials':
    case 'invitation_invalid':
      return error.message;
    case 'internal':
      return t('error.unexpected');
  }
}
