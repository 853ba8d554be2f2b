import { Link, useParams } from 'react-router';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { ErrorSummary } from '../components/error-summary.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { useCity } from '../features/cities/cities.queries.js';
import '../features/documents/documents.css';
import { ImportForm } from '../features/documents/import-form.js';
import { strategiesPath } from '../features/workspace/workspace-paths.js';
import { useT } from '../i18n/use-t.js';

export function DocumentsImportPage() {
  const { cityId = '' } = useParams();
  const city = useCity(cityId);
  const t = useT();
  const form = useFormErrors();
  useDocumentTitle(t('documents.import.title'), form.errors.length > 0);
  if (city.isPending) return <LoadingMessage />;
  if (city.isError) return <ProblemPage error={city.error} />;
  const canImport = city.data.role === 'city-admin' || city.data.role === 'coordinator';

  return (
    <>
      <ErrorSummary form={form} />
      <p className="body back-link-row">
        <Link className="link" to={strategiesPath(cityId)}>
          {t('documents.back.toStrategies')}
        </Link>
      </p>
      <div className="grid-row">
        <div className="grid-column-two-thirds">
          <PageHeading caption={city.data.city.name}>{t('documents.import.title')}</PageHeading>
          <p className="body-l">{t('documents.import.lead')}</p>
          <ul className="list list--bullet">
            <li>{t('documents.import.pointNew')}</li>
            <li>{t('documents.import.pointFindings')}</li>
            <li>{t('documents.import.pointOlder')}</li>
          </ul>
          {canImport ? (
            <ImportForm cityId={cityId} form={form} />
          ) : (
            <p className="body">{t('documents.import.onlyCoordinators')}</p>
          )}
        </div>
      </div>
    </>
  );
}
