import { isAnswered, isGroupRows, type GroupRow } from '@concord/domain/engine';
import type { FormEvent } from 'react';
import { Button } from '../../components/button.js';
import { useT } from '../../i18n/use-t.js';
import type { Workspace } from '../workspace/workspace-context.js';
import type { SensitiveMark } from './participation.types.js';

export interface MarkChange {
  questionId: string;
  whole: boolean;
  rowIds: string[];
}

const domId = (...parts: string[]) =>
  `sensitive-${parts.join('-').replace(/[^a-zA-Z0-9_-]/g, '-')}`;

function rowName(workspace: Workspace, questionId: string, row: GroupRow, index: number): string {
  const question = workspace.compiled.questions.get(questionId);
  const textField = question?.fields?.find((field) => field.type === 'text');
  const value = textField ? row[textField.key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : `${index + 1}`;
}

/**
 * Every saved answer with a choice to keep it, or single rows of a list, off public pages.
 * Questions the guide content labels sensitive are listed as always left out.
 */
export function SensitiveAnswersForm(props: {
  workspace: Workspace;
  marks: readonly SensitiveMark[];
  sensitiveQuestionIds: readonly string[];
  isSaving: boolean;
  onSave: (changes: MarkChange[]) => void;
}) {
  const { workspace } = props;
  const t = useT();
  const byQuestion = new Map(props.marks.map((mark) => [mark.questionId, mark]));
  const alwaysSensitive = new Set(props.sensitiveQuestionIds);
  const sections = workspace.compiled.sections
    .map((section) => ({
      section,
      questionIds: section.questionIds.filter((id) =>
        isAnswered(workspace.answers.answers[id]?.value),
      ),
    }))
    .filter((item) => item.questionIds.length > 0);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (props.isSaving) return;
    const data = new FormData(event.currentTarget);
    const changes: MarkChange[] = [];
    for (const { questionIds } of sections) {
      for (const questionId of questionIds) {
        if (alwaysSensitive.has(questionId)) continue;
        const whole = data.get(`whole:${questionId}`) === 'on';
        const rowIds = whole ? [] : data.getAll(`rows:${questionId}`).map(String).sort();
        const before = byQuestion.get(questionId) ?? { whole: false, rowIds: [] };
        if (before.whole !== whole || before.rowIds.join('\n') !== rowIds.join('\n'))
          changes.push({ questionId, whole, rowIds });
      }
    }
    props.onSave(changes);
  }

  return (
    <form onSubmit={submit} noValidate>
      {sections.map(({ section, questionIds }) => (
        <fieldset className="fieldset" key={section.id}>
          <legend className="fieldset__legend heading-m">{section.source.title}</legend>
          {questionIds.map((questionId) => {
            const question = workspace.compiled.questions.get(questionId);
            const label = question?.source.label ?? questionId;
            if (alwaysSensitive.has(questionId))
              return (
                <p className="body" key={questionId}>
                  <strong>{label}</strong>
                  <br />
                  <span className="hint">{t('participation.sensitive.always')}</span>
                </p>
              );
            const mark = byQuestion.get(questionId);
            const value = workspace.answers.answers[questionId]?.value;
            const rows = isGroupRows(value) ? value : [];
            const wholeId = domId(questionId);
            return (
              <div className="form-group" key={questionId}>
                <div className="choices choices--checkbox choices--small">
                  <div className="choices__item">
                    <input
                      className="choices__input"
                      id={wholeId}
                      name={`whole:${questionId}`}
                      type="checkbox"
                      defaultChecked={mark?.whole}
                    />
                    <label className="choices__label" htmlFor={wholeId}>
                      {t('participation.sensitive.whole', { question: label })}
                    </label>
                  </div>
                </div>
                {rows.length > 0 ? (
                  <fieldset className="fieldset">
                    <legend className="fieldset__legend">
                      {t('participation.sensitive.rows', { question: label })}
                    </legend>
                    <div className="choices choices--checkbox choices--small">
                      {rows.map((row, index) => {
                        const id = domId(questionId, row.id);
                        return (
                          <div className="choices__item" key={row.id}>
                            <input
                              className="choices__input"
                              id={id}
                              name={`rows:${questionId}`}
                              type="checkbox"
                              value={row.id}
                              defaultChecked={mark?.rowIds.includes(row.id)}
                            />
                            <label className="choices__label" htmlFor={id} dir="auto">
                              {rowName(workspace, questionId, row, index)}
                            </label>
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ))}
      <Button type="submit" aria-disabled={props.isSaving || undefined}>
        {t('participation.sensitive.save')}
      </Button>
    </form>
  );
}
