import { Link } from 'react-router';
import { isApiError } from '../api/api-error.js';
import { useT } from '../i18n/use-t.js';
import { describeApiError } from './describe-api-error.js';
import { NotFoundContent } from './not-found-content.js';
import { PageHeading } from './page-heading.js';
import { useDocumentTitle } from './use-document-title.js';

/** Full-page message when a page cannot load its data. */
export function ProblemPage(props: { error: unknown }) {
  if (isApiError(props.error, 'not_found')) return <NotFoundContent />;
  return <ServiceProblem error={props.error} />;
}

function ServiceProblem(props: { error: unknown }) {
  const t = useT();
  const title = t('problem.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="body">{describeApiError(props.error, t)}</p>
      <p className="body">{t('problem.tryAgain')}</p>
      <p className="body">
        <Link className="link" to="/">
          {t('problem.home')}
        </Link>
      </p>
    </>
  );
}
