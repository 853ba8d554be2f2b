import type { AnswerValue, CompiledContent } from '@concord/domain/engine';
import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';
import { AnswerView } from '../workspace/answer-view.js';
import type { AuditEntry } from './documents.types.js';

/** Long texts (a whole chapter) are cut in the table; the change itself is shown in full apart. */
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
};

/**
 * One side of a change in words: an answer as the workspace shows it, a record as its fields,
 * a text as text. Fields that differ from the other side are marked in words.
 */
export function AuditValue(props: {
  entry: AuditEntry;
  value: unknown;
  other: unknown;
  compiled: CompiledContent | undefined;
}) {
  const t = useT();
  const { entry, value } = props;
  if (value === null || value === undefined)
    return <span className="hint">{t('audit.value.none')}</span>;
  const question =
    entry.entityType === 'answer' ? props.compiled?.questions.get(entry.entityId) : undefined;
  if (question) return <AnswerView question={question} value={value as AnswerValue} />;
  if (isRecord(value)) {
    const other = isRecord(props.other) ? props.other : {};
    return (
      <dl className="audit-fields">
        {Object.entries(value).map(([key, field]) => {
          const isChanged =
            props.other !== null &&
            props.other !== undefined &&
            JSON.stringify(field) !== JSON.stringify(other[key]);
          const label = FIELD_LABELS[key];
          return (
            <div className="audit-fields__row" key={key}>
              <dt className="audit-fields__key">{label ? t(label) : key}</dt>
              <dd className="audit-fields__value">
                <Plain value={field} />
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
  return <Plain value={value} />;
}

function Plain(props: { value: unknown }) {
  const t = useT();
  const { value } = props;
  if (value === null || value === undefined || value === '') return <>{t('audit.value.none')}</>;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
