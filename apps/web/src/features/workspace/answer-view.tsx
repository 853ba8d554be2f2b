import {
  isGroupRows,
  type AnswerValue,
  type CompiledQuestion,
  type GroupRow,
} from '@concord/domain/engine';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t.js';
import { formatAnswer, formatFieldValue } from './format-answer.js';

/** A saved (or proposed) answer in words; a group lists its rows with each field filled in. */
export function AnswerView(props: {
  question: CompiledQuestion;
  value: AnswerValue | undefined | null;
}) {
  const t = useT();
  const intl = useIntl();
  const { question, value } = props;
  if (question.type !== 'group' || !isGroupRows(value) || value.length === 0)
    return <>{formatAnswer(question, value, { t, intl })}</>;
  return (
    <ol className="answer-rows">
      {value.map((row, index) => (
        <li key={row.id} className="answer-rows__row">
          <span className="answer-rows__name">{rowName(question, index, t)}</span>
          <RowFields question={question} row={row} />
        </li>
      ))}
    </ol>
  );
}

function RowFields(props: { question: CompiledQuestion; row: GroupRow }) {
  const t = useT();
  const intl = useIntl();
  const filled = (props.question.fields ?? []).filter(
    (field) => props.row[field.key] !== undefined,
  );
  if (filled.length === 0) return <span className="hint">{t('workspace.answer.emptyRow')}</span>;
  return (
    <ul className="answer-rows__fields">
      {filled.map((field) => (
        <li key={field.key}>
          <span className="answer-rows__field">{field.source.label}:</span>{' '}
          {formatFieldValue(field, props.row[field.key]!, { t, intl })}
        </li>
      ))}
    </ul>
  );
}

/** "Item 2", or the content's own row name ("Mandate 2") when it gives one. */
export function rowName(
  question: CompiledQuestion,
  index: number,
  t: ReturnType<typeof useT>,
): string {
  const label = question.source.type === 'group' ? question.source.rowLabel : undefined;
  return label
    ? t('workspace.group.namedRow', { label, number: index + 1 })
    : t('workspace.group.row', { number: index + 1 });
}
