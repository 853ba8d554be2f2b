import { Link } from 'react-router';
import { useT } from '../../i18n/use-t.js';
import { documentPath, importPath } from './documents-paths.js';

/** The strategy document's card on the workspace task list. */
export function DocumentCard(props: { cityId: string; strategyId: string }) {
  const t = useT();
  return (
    <section className="card card--accent" aria-labelledby="tasks-document-title">
      <h2 className="heading-m card__title" id="tasks-document-title">
        {t('documents.tasksCard.title')}
      </h2>
      <p className="body">{t('documents.tasksCard.lead')}</p>
      <p className="body">
        <Link className="link" to={documentPath(props.cityId, props.strategyId)}>
          {t('documents.tasksCard.open')}
        </Link>
      </p>
    </section>
  );
}

/** Beside "start a strategy": bring one in from a portable file instead. */
export function ImportStrategyLink(props: { cityId: string }) {
  const t = useT();
  return (
    <p className="body">
      <Link className="link" to={importPath(props.cityId)}>
        {t('documents.importLink')}
      </Link>
    </p>
  );
}
