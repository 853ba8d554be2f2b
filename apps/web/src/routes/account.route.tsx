import { useState } from 'react';
import { LoadingMessage } from '../components/loading-message.js';
import { StatusBanner } from '../components/status-banner.js';
import { PageHeading } from '../components/page-heading.js';
import { SummaryList } from '../components/summary-list.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { DetailsForm } from '../features/account/details-form.js';
import { PasswordForm } from '../features/account/password-form.js';
import { SessionsSection } from '../features/account/sessions-section.js';
import { useMe } from '../features/session/session.queries.js';
import { useT } from '../i18n/use-t.js';

export function AccountPage() {
  const t = useT();
  const me = useMe();
  const [notice, setNotice] = useState<string | null>(null);
  // One error state per form, held here so that the page title can say "Error:" for either.
  const detailsForm = useFormErrors();
  const passwordForm = useFormErrors();
  useDocumentTitle(t('account.title'), detailsForm.errors.length + passwordForm.errors.length > 0);

  if (!me.data) return <LoadingMessage />;
  const { user } = me.data;

  function showSaved(message: string): void {
    detailsForm.clear();
    passwordForm.clear();
    setNotice(message);
  }

  return (
    <div className="grid-row">
      <div className="grid-column-two-thirds">
        <StatusBanner message={notice} />
        <PageHeading>{t('account.title')}</PageHeading>
        <SummaryList
          rows={[
            { key: 'email', label: t('account.email'), value: <bdi>{user.email}</bdi> },
            {
              key: 'access',
              label: t('account.access'),
              value: user.isNetworkAdmin
                ? t('account.networkAdmin')
                : t('account.cityAccess', { count: me.data.memberships.length }),
            },
          ]}
        />
        {/* Re-created when the account changes elsewhere (the header's language switch), so it never shows stale choices. */}
        <DetailsForm
          key={`${user.locale}:${user.name}`}
          user={user}
          form={detailsForm}
          onSaved={showSaved}
        />
        <PasswordForm email={user.email} form={passwordForm} onSaved={showSaved} />
        <SessionsSection onDone={showSaved} />
      </div>
    </div>
  );
}
