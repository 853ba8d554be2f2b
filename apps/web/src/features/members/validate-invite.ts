import { isEmailLike } from '../../components/api-form-errors.js';
import type { FormError } from '../../components/use-form-errors.js';
import type { Translate } from '../../i18n/use-t.js';

export function validateInvite(
  input: { email: string; role: string | null },
  t: Translate,
): FormError[] {
  const errors: FormError[] = [];
  if (input.email === '') errors.push({ field: 'email', message: t('invite.emailMissing') });
  else if (!isEmailLike(input.email))
    errors.push({ field: 'email', message: t('validation.emailFormat') });
  if (!input.role) errors.push({ field: 'role', message: t('invite.roleMissing') });
  return errors;
}
