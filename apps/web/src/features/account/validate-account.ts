import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../components/api-form-errors.js';
import type { FormError } from '../../components/use-form-errors.js';
import type { Translate } from '../../i18n/use-t.js';
import type { PasswordChange } from './password.mutation.js';

export const NAME_MAX_LENGTH = 200;

export function validateDetails(
  input: { name: string; locale: string | null },
  t: Translate,
): FormError[] {
  const errors: FormError[] = [];
  if (input.name === '') errors.push({ field: 'name', message: t('account.nameMissing') });
  else if (input.name.length > NAME_MAX_LENGTH) {
    errors.push({ field: 'name', message: t('account.nameTooLong', { max: NAME_MAX_LENGTH }) });
  }
  if (!input.locale) errors.push({ field: 'locale', message: t('account.localeMissing') });
  return errors;
}

export function validatePasswordChange(input: PasswordChange, t: Translate): FormError[] {
  const errors: FormError[] = [];
  if (input.currentPassword === '') {
    errors.push({ field: 'currentPassword', message: t('account.currentPasswordMissing') });
  }
  if (input.newPassword === '') {
    errors.push({ field: 'newPassword', message: t('validation.newPasswordMissing') });
  } else if (input.newPassword.length < PASSWORD_MIN_LENGTH) {
    errors.push({
      field: 'newPassword',
      message: t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH }),
    });
  } else if (input.newPassword.length > PASSWORD_MAX_LENGTH) {
    errors.push({
      field: 'newPassword',
      message: t('validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH }),
    });
  } else if (input.newPassword === input.currentPassword) {
    errors.push({ field: 'newPassword', message: t('account.passwordSame') });
  }
  return errors;
}
