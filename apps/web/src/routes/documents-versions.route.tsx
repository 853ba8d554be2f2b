import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { Button } from '../components/button.js';
import { ErrorSummary } from '../components/error-summary.js';
import { LoadingMessage } from '../components/loading-message.js';
import { PageHeading } from '../components/page-heading.js';
import { ProblemPage } from '../components/problem-page.js';
import { SelectField } from '../components/select-field.js';
import { StatusBanner } from '../components/status-banner.js';
import { TableRegion } from '../components/table-region.js';
import { useDocumentTitle } from '../components/use-document-title.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { documentPermissions } from '../features/documents/document-permissions.js';
import { CURRENT } from '../features/documents/documents-api.js';
import { comparePath, documentPath, versionPath } from '../features/documents/documents-paths.js';
import '../features/documents/documents.css';
import { LockedBanner } from '../features/documents/locked-banner.js';
import { SnapshotForm } from '../features/documents/snapshot-form.js';
import { useStrategyBase, type StrategyBase } from '../features/documents/use-strategy-base.js';
import { VersionStatusTag } from '../features/documents/version-status.js';
import { WorkflowSteps } from '../features/documents/workflow-steps.js';
import '../features/workspace/workspace.css';
import { useT } from '../i18n/use-t.js';

export function DocumentsVersionsPage() {
  const state = useStrategyBase();
  if (state.status === 'error') return <ProblemPage error={state.error} />;
  if (state.status === 'pending') return <LoadingMessage />;
  return <Versions base={state.base} />;
}

/** Every version of the document with its status, a form to take one, and a comparison picker. */
function Versions(props: { base: StrategyBase }) {
  const { base } = props;
  const { cityId, strategyId } = base.ref;
  const t = useT();
  const intl = useIntl();
  const navigate = useNavigate();
  const captionId = useId();
  const snapshotErrors = useFormErrors();
  const compareErrors = useFormErrors();
  const [notice, setNotice] = useState<string | null>(null);
  const can = documentPermissions(base);
  const hasErrors = snapshotErrors.errors.length > 0 || compareErrors.errors.length > 0;
  useDocumentTitle(t('documents.versions.title'), hasErrors);
  const versions = base.versions;

  const compare = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const a = String(data.get('a') ?? '');
    const b = String(data.get('b') ?? '');
    if (a === b) {
      compareErrors.show([{ field: 'b', message: t('documents.compare.sameVersion') }]);
      return;
    }
    compareErrors.clear();
    void navigate(comparePath(cityId, strategyId, a, b));
  };

  const options = [
    ...versions.map((version) => ({ value: version.id, label: version.label })),
    { value: CURRENT, label: t('documents.compare.currentLabel') },
  ];

  return (
    <>
      <StatusBanner message={notice} />
      <ErrorSummary form={snapshotErrors} />
      <ErrorSummary form={compareErrors} />
      <p className="body back-link-row">
        <Link className="link" to={documentPath(cityId, strategyId)}>
          {t('documents.back.toDocument')}
        </Link>
      </p>
      {base.approved ? (
        <LockedBanner cityId={cityId} strategyId={strategyId} approved={base.approved} />
      ) : null}
      <PageHeading caption={base.detail.strategy.title}>
        {t('documents.versions.title')}
      </PageHeading>
      <p className="body-l">{t('documents.versions.lead')}</p>
      <WorkflowSteps />

      {versions.length === 0 ? (
        <p className="body">{t('documents.versions.none')}</p>
      ) : (
        <TableRegion labelledBy={captionId}>
          <table className="table">
            <caption className="table__caption" id={captionId}>
              {t('documents.versions.caption', { count: versions.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('documents.versions.columnLabel')}</th>
                <th scope="col">{t('documents.versions.columnStatus')}</th>
                <th scope="col">{t('documents.versions.columnBy')}</th>
                <th scope="col">{t('documents.versions.columnDate')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.id}>
                  <th scope="row">
                    <Link className="link" to={versionPath(cityId, strategyId, version.id)}>
                      <bdi>{version.label}</bdi>
                    </Link>
                  </th>
                  <td>
                    <VersionStatusTag status={version.status} />
                  </td>
                  <td>
                    {version.createdBy ? (
                      <bdi>{version.createdBy.name}</bdi>
                    ) : (
                      t('documents.versions.formerMember')
                    )}
                  </td>
                  <td>
                    {intl.formatDate(version.createdAt, {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      <div className="grid-row">
        <div className="grid-column-two-thirds">
          {versions.length >= 1 ? (
            <section aria-labelledby="compare-title">
              <h2 className="heading-l" id="compare-title">
                {t('documents.compare.title')}
              </h2>
              <p className="body">{t('documents.compare.lead')}</p>
              <form onSubmit={compare} noValidate>
                <SelectField
                  id={compareErrors.fieldId('a')}
                  name="a"
                  label={t('documents.compare.older')}
                  defaultValue={versions[0]!.id}
                  options={options}
                />
                <SelectField
                  id={compareErrors.fieldId('b')}
                  name="b"
                  label={t('documents.compare.newer')}
                  defaultValue={CURRENT}
                  error={compareErrors.errorFor('b')}
                  options={options}
                />
                <Button type="submit" variant="secondary">
                  {t('documents.compare.submit')}
                </Button>
              </form>
            </section>
          ) : null}
          {can.manageVersions && !base.approved ? (
            <SnapshotForm strategyRef={base.ref} form={snapshotErrors} onCreated={setNotice} />
          ) : null}
        </div>
      </div>
    </>
  );
}
