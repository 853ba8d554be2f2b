import { selectLabels } from '@concord/domain/document';
import type { CompiledContent } from '@concord/domain/engine';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { TableRegion } from '../../components/table-region.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useT, type Translate } from '../../i18n/use-t.js';
import { AUDIT_ACTION_LABELS } from './audit-labels.js';
import { AuditValue, changedTexts, type AuditNames } from './audit-value.js';
import { DiffText } from './diff-text.js';
import type { AuditEntry } from './documents.types.js';

/** Every listed change: when, who, what, and the state before and after it. */
export function AuditTable(props: {
  entries: AuditEntry[];
  compiled: CompiledContent | undefined;
  people: ReadonlyMap<string, string>;
  strategyTitles: ReadonlyMap<string, string>;
  caption: string;
}) {
  const t = useT();
  const intl = useIntl();
  const { locale } = useLocale();
  const captionId = useId();
  const chapters = selectLabels(locale).chapters as Record<string, string>;
  const names: AuditNames = { compiled: props.compiled, people: props.people, chapters };

  return (
    <TableRegion labelledBy={captionId}>
      <table className="table audit-table">
        <caption className="table__caption" id={captionId}>
          {props.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.column.when')}</th>
            <th scope="col">{t('audit.column.who')}</th>
            <th scope="col">{t('audit.column.what')}</th>
            <th scope="col">{t('audit.column.before')}</th>
            <th scope="col">{t('audit.column.after')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => {
            const texts = changedTexts(entry.before, entry.after);
            const label = AUDIT_ACTION_LABELS[entry.action];
            return (
              <tr key={entry.id}>
                <td className="audit-table__when">
                  <time dateTime={entry.at}>
                    {intl.formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                </td>
                <td>{entry.actor ? <bdi>{entry.actor.name}</bdi> : t('audit.formerMember')}</td>
                <th scope="row" className="audit-table__what">
                  {label ? t(label) : entry.action}
                  <span className="hint audit-table__subject">
                    <bdi>
                      {describeSubject(entry, props.compiled, chapters, props.strategyTitles, t)}
                    </bdi>
                  </span>
                </th>
                <td>
                  <AuditValue entry={entry} value={entry.before} names={names} />
                </td>
                <td>
                  <AuditValue
                    entry={entry}
                    value={entry.after}
                    previous={entry.before}
                    names={names}
                  />
                  {texts && texts[0] !== '' && texts[1] !== '' && texts[0] !== texts[1] ? (
                    <details className="details audit-table__diff">
                      <summary className="details__summary">
                        <span className="details__summary-text">{t('audit.showDiff')}</span>
                      </summary>
                      <div className="details__text">
                        <DiffText before={texts[0]} after={texts[1]} />
                      </div>
                    </details>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}

function strategyOf(entry: AuditEntry, strategies: ReadonlyMap<string, string>) {
  return entry.strategyId ? strategies.get(entry.strategyId) : undefined;
}

/** What the change was about, in the reader's words where the app knows the thing's name. */
function describeSubject(
  entry: AuditEntry,
  compiled: CompiledContent | undefined,
  chapters: Record<string, string>,
  strategies: ReadonlyMap<string, string>,
  t: Translate,
): string {
  const named = (value: unknown, key: string) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)[key] === 'string'
      ? ((value as Record<string, unknown>)[key] as string)
      : undefined;
  switch (entry.entityType) {
    case 'answer':
      return compiled?.questions.get(entry.entityId)?.source.label ?? entry.entityId;
    case 'assignment':
      return compiled?.sectionsById.get(entry.entityId)?.source.title ?? entry.entityId;
    case 'narrative':
      return chapters[entry.entityId] ?? entry.entityId;
    case 'strategy':
      return (
        strategies.get(entry.entityId) ??
        named(entry.after, 'title') ??
        named(entry.before, 'title') ??
        entry.entityId
      );
    case 'member':
      return named(entry.after, 'name') ?? named(entry.before, 'name') ?? entry.entityId;
    case 'version':
    case 'version-comment':
      return (
        named(entry.after, 'label') ??
        named(entry.before, 'label') ??
        strategyOf(entry, strategies) ??
        entry.entityId
      );
    case 'accepted-risk':
      return t('audit.subject.rule', { id: entry.entityId });
    default:
      return entry.entityId;
  }
}
