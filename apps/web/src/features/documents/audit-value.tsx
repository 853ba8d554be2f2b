import type { AnswerValue, CompiledContent } from '@concord/domain/engine';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { ROLES, type Role } from '../../api/types.js';
import type { MessageId } from '../../i18n/load-messages.js';
import { useT, type Translate } from '../../i18n/use-t.js';
import { roleName } from '../members/role-labels.js';
import { AnswerView } from '../workspace/answer-view.js';
import { describeDecision } from './decision-text.js';
import type { AuditEntry, StrategyStatus, VersionDecision } from './documents.types.js';
import { statusMessageId } from './version-status.js';

/** Long texts (a whole chapter) are cut in the table; the words that changed are shown apart. */
const TEXT_PREVIEW = 280;

const FIELD_LABELS: Record<string, MessageId> = {
  title: 'audit.field.title',
  startYear: 'audit.field.startYear',
  endYear: 'audit.field.endYear',
  status: 'audit.field.status',
  contentVersion: 'audit.field.contentVersion',
  name: 'audit.field.name',
  role: 'audit.field.role',
  email: 'audit.field.email',
  justification: 'audit.field.justification',
  userIds: 'audit.field.userIds',
  label: 'audit.field.label',
  text: 'audit.field.text',
  revision: 'audit.field.revision',
  comment: 'audit.field.comment',
  decision: 'audit.field.decision',
  sectionId: 'audit.field.section',
  number: 'audit.field.number',
};

const VERSION_STATUSES: readonly string[] = [
  'draft',
  'in-review',
  'submitted',
  'approved',
  'returned',
];

/** Names the audit log can put on what it records: people, chapters, sections. */
export interface AuditNames {
  compiled: CompiledContent | undefined;
  people: ReadonlyMap<string, string>;
  chapters: Readonly<Record<string, string>>;
}

/**
 * One side of a change in words: an answer as the workspace shows it, a record as its fields
 * (statuses, roles, people and chapters by name; ids left out), a text as text. On the "after"
 * side the fields that differ from "before" are marked in words.
 */
export function AuditValue(props: {
  entry: AuditEntry;
  value: unknown;
  /** The other side, to mark what changed; absent on the "before" side and for new records. */
  previous?: unknown;
  names: AuditNames;
}) {
  const t = useT();
  const intl = useIntl();
  const { entry, value, names } = props;
  if (isNothing(value)) return <span className="hint">{t('audit.value.none')}</span>;
  const question =
    entry.entityType === 'answer' ? names.compiled?.questions.get(entry.entityId) : undefined;
  if (question) return <AnswerView question={question} value={value as AnswerValue} />;
  if (!isRecord(value)) return <Plain value={value} />;
  const previous = isRecord(props.previous) ? props.previous : undefined;
  // Ids are not readable and empty fields say nothing; a field emptied by the change still shows.
  const fields = Object.entries(value).filter(
    ([key, field]) =>
      (key === 'sectionId' || !/Id$/.test(key)) &&
      !(isNothing(field) && isNothing(previous?.[key])),
  );
  return (
    <dl className="audit-fields">
      {fields.map(([key, field]) => {
        const isChanged =
          previous !== undefined &&
          JSON.stringify(field ?? null) !== JSON.stringify(previous[key] ?? null);
        const label = FIELD_LABELS[key];
        return (
          <div className="audit-fields__row" key={key}>
            <dt className="audit-fields__key">{label ? t(label) : key}</dt>
            <dd className="audit-fields__value">
              {describeField(key, field, names, t, intl) ?? <Plain value={field} />}
              {isChanged ? (
                <strong className="audit-fields__changed"> {t('audit.value.changed')}</strong>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Fields whose stored form is a code or an id, in words; null for the rest. */
function describeField(
  key: string,
  value: unknown,
  names: AuditNames,
  t: Translate,
  intl: ReturnType<typeof useIntl>,
): ReactNode {
  if (isNothing(value)) return t('audit.value.none');
  if (key === 'status' && typeof value === 'string' && VERSION_STATUSES.includes(value))
    return t(statusMessageId(value as StrategyStatus));
  if (key === 'role' && typeof value === 'string' && (ROLES as readonly string[]).includes(value))
    return roleName(value as Role, t);
  if (key === 'decision' && isRecord(value) && typeof value.body === 'string')
    return describeDecision(value as unknown as VersionDecision, t, intl);
  if (key === 'userIds' && Array.isArray(value))
    return value.length === 0
      ? t('audit.value.none')
      : intl.formatList(
          value.map((id, index) => {
            const name = names.people.get(String(id));
            return name ? <bdi key={index}>{name}</bdi> : t('audit.formerMember');
          }),
        );
  if (key === 'sectionId' && typeof value === 'string')
    return names.chapters[value] ?? names.compiled?.sectionsById.get(value)?.source.title ?? value;
  return null;
}

function Plain(props: { value: unknown }) {
  const t = useT();
  const { value } = props;
  if (isNothing(value)) return <>{t('audit.value.none')}</>;
  if (typeof value === 'string') {
    const isLong = value.length > TEXT_PREVIEW;
    return (
      <span className="narrative-text" dir="auto">
        {isLong ? `${value.slice(0, TEXT_PREVIEW)}…` : value}
      </span>
    );
  }
  if (typeof value === 'number' || typeof value === 'boolean') return <>{String(value)}</>;
  if (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'string' || typeof item === 'number')
  )
    return <>{value.join(', ')}</>;
  return <code dir="ltr">{JSON.stringify(value)}</code>;
}

/** The texts on each side when the change is to a text (a chapter, a justification). */
export function changedTexts(before: unknown, after: unknown): [string, string] | null {
  const text = (value: unknown) =>
    typeof value === 'string'
      ? value
      : isRecord(value) && typeof value.text === 'string'
        ? value.text
        : null;
  const a = text(before);
  const b = text(after);
  if (a === null && b === null) return null;
  return [a ?? '', b ?? ''];
}

function isNothing(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
