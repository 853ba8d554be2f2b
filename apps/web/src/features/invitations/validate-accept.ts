import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../components/api-form-errors.js';
import type { FormError } from '../../components/use-form-errors.js';
import type { Translate } from '../../i18n/use-t.js';
import type { AcceptInput } from './invitation.queries.js';

export function validateAccept(
  input: AcceptInput,
  isNewAccount: boolean,
  t: Translate,
): FormError[] {
  const errors: FormError[] = [];
  if (isNewAccount && !input.name) errors.push({ field: 'name', message: t('join.nameMissing') });
  if (input.password === '') {
    errors.push({
      field: 'password',
      message: t(isNewAccount ? 'validation.newPasswordMissing' : 'join.passwordMissing'),
    });
  } else if (isNewAccount && input.password.length < PASSWORD_MIN_LENGTH) {
    errors.push({
      field: 'password',
      message: t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH }),
    });
  } else if (input.password.length > PASSWORD_MAX_LENGTH) {
    errors.push({
      field: 'password',
      message: t('validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH }),
    });
  }
  return errors;
}
