import { isEmailLike } from '../../components/api-form-errors.js';
import type { FormError } from '../../components/use-form-errors.js';
import type { Translate } from '../../i18n/use-t.js';
import type { SignInInput } from './sign-in.mutation.js';

export function validateSignIn(input: SignInInput, t: Translate): FormError[] {
  const errors: FormError[] = [];
  if (input.email === '') errors.push({ field: 'email', message: t('signIn.emailMissing') });
  else if (!isEmailLike(input.email))
    errors.push({ field: 'email', message: t('validation.emailFormat') });
  if (input.password === '')
    errors.push({ field: 'password', message: t('signIn.passwordMissing') });
  return errors;
}
