import type { FormEvent } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { isApiError } from '../api/api-error.js';
import { readRaw, readText, toFormErrors } from '../components/api-form-errors.js';
import { Button } from '../components/button.js';
import { ErrorSummary } from '../components/error-summary.js';
import { PageHeading } from '../components/page-heading.js';
import { StatusBanner, useArrivalNotice } from '../components/status-banner.js';
import { TextField } from '../components/text-field.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { homePathFor } from '../features/session/home-redirect.js';
import { toSafeNextPath } from '../features/session/safe-next.js';
import { useSignIn } from '../features/session/sign-in.mutation.js';
import { useMe } from '../features/session/session.queries.js';
import { validateSignIn } from '../features/session/validate-sign-in.js';
import { useT } from '../i18n/use-t.js';

export function SignInPage() {
  const t = useT();
  const form = useFormErrors();
  const me = useMe();
  const signIn = useSignIn();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = toSafeNextPath(params.get('next'));
  const hasSignedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  const [notice] = useArrivalNotice(hasSignedOut ? t('signOut.done') : null);
  useDocumentTitle(t('signIn.title'), form.errors.length > 0);

  if (me.data) return <Navigate to={next ?? homePathFor(me.data.memberships)} replace />;

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (signIn.isPending) return;
    const data = new FormData(event.currentTarget);
    const input = { email: readText(data, 'email'), password: readRaw(data, 'password') };
    const errors = validateSignIn(input, t);
    if (errors.length > 0) return form.show(errors);
    form.clear();
    signIn.mutate(input, {
      onError: (error) => {
        if (isApiError(error, 'invalid_credentials'))
          return form.show([{ field: null, message: t('signIn.wrong') }]);
        if (isApiError(error, 'rate_limited'))
          return form.show([{ field: null, message: t('signIn.tooMany') }]);
        form.show(toFormErrors(error, ['email', 'password'], t));
      },
    });
  }

  return (
    <div className="grid-row">
      <div className="grid-column-two-thirds">
        <StatusBanner message={form.errors.length === 0 ? notice : null} />
        <ErrorSummary form={form} />
        <PageHeading>{t('signIn.title')}</PageHeading>
        {next ? <p className="body">{t('signIn.toContinue')}</p> : null}
        <form onSubmit={submit} noValidate>
          <TextField
            id={form.fieldId('email')}
            name="email"
            type="email"
            label={t('signIn.email')}
            autoComplete="email"
            spellCheck={false}
            error={form.errorFor('email')}
          />
          <TextField
            id={form.fieldId('password')}
            name="password"
            type="password"
            label={t('signIn.password')}
            autoComplete="current-password"
            error={form.errorFor('password')}
          />
          <Button type="submit" aria-disabled={signIn.isPending || undefined}>
            {t('signIn.submit')}
          </Button>
        </form>
        <h2 className="heading-m">{t('signIn.noAccountTitle')}</h2>
        <p className="body">{t('signIn.noAccount')}</p>
      </div>
    </div>
  );
}
