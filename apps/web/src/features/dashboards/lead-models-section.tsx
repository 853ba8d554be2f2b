import type { LeadModelComparison, LeadModelOption } from '@concord/domain/engine';
import { Link } from 'react-router';
import { useT, type Translate } from '../../i18n/use-t.js';
import { DashboardSection, DataTable } from './dashboard-parts.js';

type ListName = 'pros' | 'cons' | 'considerations';
const LISTS: readonly ListName[] = ['pros', 'cons', 'considerations'];

function listName(list: ListName, t: Translate): string {
  switch (list) {
    case 'pros':
      return t('dashboard.lead.pros');
    case 'cons':
      return t('dashboard.lead.cons');
    case 'considerations':
      return t('dashboard.lead.considerations');
  }
}

/** The lead models side by side (one column each), the city's choice marked in words. */
export function LeadModelsSection(props: {
  id: string;
  comparison: LeadModelComparison;
  questionPath: string;
}) {
  const t = useT();
  const { comparison } = props;
  const chosen = comparison.options.find((o) => o.isChosen);

  return (
    <DashboardSection id={props.id} title={t('dashboard.lead.title')}>
      <p className="body">
        {comparison.answer === null
          ? t('dashboard.lead.unanswered')
          : chosen
            ? t('dashboard.lead.answer', { answer: comparison.answer.label, model: chosen.label })
            : t('dashboard.lead.undecided', { answer: comparison.answer.label })}{' '}
        <Link className="link" to={props.questionPath}>
          {t('dashboard.lead.change')}
        </Link>
      </p>
      <DataTable caption={t('dashboard.lead.tableCaption')} className="comparison-table">
        <thead>
          <tr>
            <td />
            {comparison.options.map((option) => (
              <th
                scope="col"
                key={option.slug}
                className={option.isChosen ? 'comparison-table__chosen' : undefined}
              >
                {option.label}
                {option.isChosen ? (
                  <span className="dashboard-tag dashboard-tag--chosen">
                    {t('dashboard.lead.chosen')}
                  </span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('dashboard.lead.description')}</th>
            {comparison.options.map((option) => (
              <td key={option.slug} className={cellClass(option)}>
                {option.description}
              </td>
            ))}
          </tr>
          {LISTS.map((list) => (
            <tr key={list}>
              <th scope="row">{listName(list, t)}</th>
              {comparison.options.map((option) => (
                <td key={option.slug} className={cellClass(option)}>
                  <Sentences items={option[list]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {comparison.networkForms.length > 0 ? (
        <DataTable caption={t('dashboard.lead.networkCaption')} className="comparison-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.lead.columnForm')}</th>
              <th scope="col">{t('dashboard.lead.risks')}</th>
              <th scope="col">{t('dashboard.lead.checks')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.networkForms.map((form) => (
              <tr
                key={form.slug}
                className={form.isChosen ? 'comparison-table__chosen-row' : undefined}
              >
                <th scope="row">
                  {form.label}
                  {form.isChosen ? (
                    <span className="dashboard-tag dashboard-tag--chosen">
                      {t('dashboard.lead.chosen')}
                    </span>
                  ) : null}
                  {form.description ? (
                    <span className="hint hint--inline">{form.description}</span>
                  ) : null}
                </th>
                <td>
                  <Sentences items={form.risks} />
                </td>
                <td>
                  <Sentences items={form.checks} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </DashboardSection>
  );
}

function cellClass(option: LeadModelOption): string | undefined {
  return option.isChosen ? 'comparison-table__chosen' : undefined;
}

function Sentences(props: { items: string[] }) {
  if (props.items.length === 0) return null;
  if (props.items.length === 1) return <>{props.items[0]}</>;
  return (
    <ul className="list list--bullet comparison-table__list">
      {props.items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
