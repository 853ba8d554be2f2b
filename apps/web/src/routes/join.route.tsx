import type { FormEvent } from 'react';
import { Navigate, useParams } from 'react-router';
import { isApiError } from '../api/api-error.js';
import type { InvitationPreview } from '../api/types.js';
import { readRaw, readText, toFormErrors } from '../components/api-form-errors.js';
import { Button } from '../components/button.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { SummaryList } from '../components/summary-list.js';
import { TextField } from '../components/text-field.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { InvitationInvalid } from '../features/invitations/invitation-invalid.js';
import {
  useAcceptInvitation,
  useInvitationPreview,
} from '../features/invitations/invitation.queries.js';
import { validateAccept } from '../features/invitations/validate-accept.js';
import { roleDescription, roleName } from '../features/members/role-labels.js';
import { useT } from '../i18n/use-t.js';

export function JoinPage() {
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);

  if (accept.isSuccess) {
    const city = accept.data?.memberships.find(
      (membership) => membership.cityName === preview.data?.cityName,
    );
    return <Navigate to={city ? `/cities/${encodeURIComponent(city.cityId)}` : '/'} replace />;
  }
  if (preview.isPending) return <LoadingMessage />;
  if (isGone(preview.error) || isGone(accept.error)) return <InvitationInvalid />;
  if (preview.isError) return <ProblemPage error={preview.error} />;
  return <JoinForm invitation={preview.data} accept={accept} />;
}

function isGone(error: unknown): boolean {
  return isApiError(error, 'invitation_invalid') || isApiError(error, 'not_found');
}

function JoinForm(props: {
  invitation: InvitationPreview;
  accept: ReturnType<typeof useAcceptInvitation>;
}) {
  const { invitation, accept } = props;
  const t = useT();
  const form = useFormErrors();
  const isNewAccount = !invitation.accountExists;
  const title = t('join.title', { city: invitation.cityName });
  useDocumentTitle(title, form.errors.length > 0);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (accept.isPending) return;
    const data = new FormData(event.currentTarget);
    const password = readRaw(data, 'password');
    const input = isNewAccount ? { name: readText(data, 'name'), password } : { password };
    const errors = validateAccept(input, isNewAccount, t);
    if (errors.length > 0) return form.show(errors);
    form.clear();
    accept.mutate(input, {
      onError: (error) => {
        if (isApiError(error, 'invalid_credentials')) {
          return form.show([{ field: 'password', message: t('join.passwordWrong') }]);
        }
        if (isApiError(error, 'conflict'))
          return form.show([{ field: null, message: t('join.alreadyMember') }]);
        form.show(toFormErrors(error, ['name', 'password'], t));
      },
    });
  }

  return (
    <div className="grid-row">
      <div className="grid-column-two-thirds">
        <ErrorSummary form={form} />
        <PageHeading caption={t('join.caption')}>{title}</PageHeading>
        <p className="body-l">{t('join.lead', { city: invitation.cityName })}</p>
        <SummaryList
          rows={[
            { key: 'city', label: t('join.city'), value: <bdi>{invitation.cityName}</bdi> },
            {
              key: 'role',
              label: t('join.role'),
              value: (
                <>
                  {roleName(invitation.role, t)}
                  <span className="hint hint--inline">{roleDescription(invitation.role, t)}</span>
                </>
              ),
            },
            { key: 'email', label: t('join.email'), value: <bdi>{invitation.email}</bdi> },
          ]}
        />
        <form onSubmit={submit} noValidate>
          {isNewAccount ? (
            <>
              <h2 className="heading-m">{t('join.newAccountTitle')}</h2>
              <TextField
                id={form.fieldId('name')}
                name="name"
                label={t('join.name')}
                hint={t('join.nameHint')}
                autoComplete="name"
                spellCheck={false}
                error={form.errorFor('name')}
              />
              <TextField
                id={form.fieldId('password')}
                name="password"
                type="password"
                label={t('join.newPassword')}
                hint={t('validation.passwordHint', { min: 12 })}
                autoComplete="new-password"
                error={form.errorFor('password')}
              />
            </>
          ) : (
            <>
              <h2 className="heading-m">{t('join.existingAccountTitle')}</h2>
              <p className="body">{t('join.existingAccount', { email: invitation.email })}</p>
              <TextField
                id={form.fieldId('password')}
                name="password"
                type="password"
                label={t('join.existingPassword')}
                autoComplete="current-password"
                error={form.errorFor('password')}
              />
            </>
          )}
          <Button type="submit">
            {isNewAccount ? t('join.submitNew') : t('join.submitExisting')}
          </Button>
        </form>
      </div>
    </div>
  );
}
