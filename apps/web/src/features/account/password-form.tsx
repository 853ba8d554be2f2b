import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-error.js';
import { readRaw, toFormErrors } from '../../components/api-form-errors.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/text-field.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import { useT } from '../../i18n/use-t.js';
import { useChangePassword } from './password.mutation.js';
import { validatePasswordChange } from './validate-account.js';

export function PasswordForm(props: {
  email: string;
  form: FormErrors;
  onSaved: (message: string) => void;
}) {
  const { form } = props;
  const t = useT();
  const changePassword = useChangePassword();
  const [formKey, setFormKey] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (changePassword.isPending) return;
    const data = new FormData(event.currentTarget);
    const input = {
      currentPassword: readRaw(data, 'currentPassword'),
      newPassword: readRaw(data, 'newPassword'),
    };
    const errors = validatePasswordChange(input, t);
    if (errors.length > 0) return form.show(errors);
    form.clear();
    changePassword.mutate(input, {
      onSuccess: () => {
        setFormKey((key) => key + 1);
        props.onSaved(t('account.passwordSaved'));
      },
      onError: (error) => {
        // The only server-side problem left with the current password, once it is filled in, is
        // that it is wrong; say so in the reader's language rather than the server's English.
        if (
          isApiError(error, 'validation_failed') &&
          error.fields.some((field) => field.path === 'body.currentPassword')
        ) {
          return form.show([
            { field: 'currentPassword', message: t('account.currentPasswordWrong') },
          ]);
        }
        form.show(toFormErrors(error, ['currentPassword', 'newPassword'], t));
      },
    });
  }

  return (
    <form key={formKey} onSubmit={submit} noValidate aria-labelledby="account-password-title">
      <h2 className="heading-l" id="account-password-title">
        {t('account.passwordTitle')}
      </h2>
      <ErrorSummary form={form} />
      <p className="body">{t('account.passwordLead')}</p>
      {/* Lets password managers know which account the new password belongs to. */}
      <input
        type="email"
        name="username"
        autoComplete="username"
        value={props.email}
        readOnly
        hidden
      />
      <TextField
        id={form.fieldId('currentPassword')}
        name="currentPassword"
        type="password"
        label={t('account.currentPassword')}
        autoComplete="current-password"
        error={form.errorFor('currentPassword')}
      />
      <TextField
        id={form.fieldId('newPassword')}
        name="newPassword"
        type="password"
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint', { min: 12 })}
        autoComplete="new-password"
        error={form.errorFor('newPassword')}
      />
      <Button type="submit">{t('account.savePassword')}</Button>
    </form>
  );
}
