import type { AnswerValue, CompiledContent } from '@concord/domain/engine';
import { selectLabels } from '@concord/domain/document';
import { useId } from 'react';
import { TableRegion } from '../../components/table-region.js';
import { useLocale } from '../../i18n/locale-context.js';
import { useT } from '../../i18n/use-t.js';
import { AnswerView } from '../workspace/answer-view.js';
import { ChangeTag, changeKind } from './change-kind.js';
import { CURRENT } from './documents-api.js';
import { DiffText } from './diff-text.js';
import type { AnswerChange, CompareResponse, NarrativeChange } from './documents.types.js';

/**
 * Two versions side by side: each changed answer with its value before and after, and each
 * changed chapter text with the words added and removed marked. Items that did not change are
 * counted, not listed.
 */
export function CompareView(props: {
  comparison: CompareResponse;
  older: { id: string; label: string };
  newer: { id: string; label: string };
  compiled: CompiledContent;
}) {
  const t = useT();
  const answers = props.comparison.answers.filter((change) => change.changed);
  const narrative = props.comparison.narrative.filter((change) => change.changed);
  const unchanged =
    props.comparison.answers.length -
    answers.length +
    props.comparison.narrative.length -
    narrative.length;
  const column = (side: { id: string; label: string }) =>
    side.id === CURRENT
      ? t('documents.compare.columnCurrent')
      : t('documents.compare.columnIn', { label: side.label });
  const labels = { older: column(props.older), newer: column(props.newer) };

  return (
    <>
      <p className="body-l">
        {answers.length + narrative.length === 0
          ? t('documents.compare.noChanges')
          : t('documents.compare.summary', { answers: answers.length, chapters: narrative.length })}
        {unchanged > 0 ? ` ${t('documents.compare.unchanged', { count: unchanged })}` : ''}
      </p>
      <h2 className="heading-l">{t('documents.compare.answersTitle')}</h2>
      {answers.length === 0 ? (
        <p className="body">{t('documents.compare.noAnswerChanges')}</p>
      ) : (
        <AnswerChanges changes={answers} compiled={props.compiled} labels={labels} />
      )}
      <h2 className="heading-l">{t('documents.compare.narrativeTitle')}</h2>
      {narrative.length === 0 ? (
        <p className="body">{t('documents.compare.noNarrativeChanges')}</p>
      ) : (
        narrative.map((change) => (
          <NarrativeChangeView key={change.chapterKey} change={change} labels={labels} />
        ))
      )}
    </>
  );
}

function AnswerChanges(props: {
  changes: AnswerChange[];
  compiled: CompiledContent;
  labels: { older: string; newer: string };
}) {
  const t = useT();
  const captionId = useId();
  return (
    <TableRegion labelledBy={captionId}>
      <table className="table compare-table">
        <caption className="table__caption" id={captionId}>
          {t('documents.compare.answersCaption', { count: props.changes.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.compare.columnQuestion')}</th>
            <th scope="col">{props.labels.older}</th>
            <th scope="col">{props.labels.newer}</th>
          </tr>
        </thead>
        <tbody>
          {props.changes.map((change) => {
            const question = props.compiled.questions.get(change.questionId);
            const kind = changeKind(change.before, change.after);
            return (
              <tr key={change.questionId}>
                <th scope="row">
                  <span className="compare-table__question">
                    {question?.source.label ?? change.questionId}
                  </span>{' '}
                  <ChangeTag kind={kind} />
                </th>
                <td>
                  {question ? (
                    <AnswerView question={question} value={change.before as AnswerValue | null} />
                  ) : (
                    <RawValue value={change.before} />
                  )}
                </td>
                <td>
                  {question ? (
                    <AnswerView question={question} value={change.after as AnswerValue | null} />
                  ) : (
                    <RawValue value={change.after} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** An answer to a question this content no longer has: shown as it was stored. */
function RawValue(props: { value: unknown }) {
  const t = useT();
  if (props.value === null || props.value === undefined) return <>{t('workspace.answer.none')}</>;
  return <code dir="ltr">{JSON.stringify(props.value)}</code>;
}

function NarrativeChangeView(props: {
  change: NarrativeChange;
  labels: { older: string; newer: string };
}) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const title =
    (selectLabels(locale).chapters as Record<string, string>)[props.change.chapterKey] ??
    props.change.chapterKey;
  const before = props.change.before ?? '';
  const after = props.change.after ?? '';
  return (
    <section className="compare-chapter" aria-labelledby={titleId}>
      <h3 className="heading-m" id={titleId}>
        {title} <ChangeTag kind={changeKind(before, after)} />
      </h3>
      <div className="compare-columns">
        <div className="compare-columns__column">
          <h4 className="heading-s">{props.labels.older}</h4>
          <p className="narrative-text">{before || t('documents.conflict.empty')}</p>
        </div>
        <div className="compare-columns__column">
          <h4 className="heading-s">{props.labels.newer}</h4>
          <p className="narrative-text">{after || t('documents.conflict.empty')}</p>
        </div>
      </div>
      <h4 className="heading-s">{t('documents.compare.whatChanged')}</h4>
      <DiffText before={before} after={after} />
    </section>
  );
}
