import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { useT } from '../../i18n/use-t.js';

/** Used, expired, cancelled or mistyped links all look the same: we do not say which. */
export function InvitationInvalid() {
  const t = useT();
  useDocumentTitle(t('join.invalidTitle'));
  return (
    <div className="grid-row">
      <div className="grid-column-two-thirds">
        <PageHeading>{t('join.invalidTitle')}</PageHeading>
        <p className="body">{t('join.invalidReasons')}</p>
        <ul className="list list--bullet">
          <li>{t('join.invalidUsed')}</li>
          <li>{t('join.invalidExpired')}</li>
          <li>{t('join.invalidCancelled')}</li>
        </ul>
        <p className="body">{t('join.invalidNext')}</p>
        <p className="body">
          <Link className="link" to="/sign-in">
            {t('join.invalidSignIn')}
          </Link>
        </p>
      </div>
    </div>
  );
}
