import { Link } from 'react-router';
import { useT } from '../i18n/use-t.js';
import { PageHeading } from './page-heading.js';
import { useDocumentTitle } from './use-document-title.js';

/** Also shown for another city's pages: the API answers 404 so that their existence is not revealed. */
export function NotFoundContent() {
  const t = useT();
  const title = t('notFound.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="body">{t('notFound.typed')}</p>
      <p className="body">{t('notFound.pasted')}</p>
      <p className="body">
        <Link className="link" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
