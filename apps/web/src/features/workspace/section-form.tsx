import type { CompiledSection } from '@concord/domain/engine';
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import type { FormError, FormErrors } from '../../components/use-form-errors.js';
import { useT, type Translate } from '../../i18n/use-t.js';
import { rowName } from './answer-view.js';
import { conflictTargetId } from './conflict-panel.js';
import type { Draft } from './draft-store.js';
import { problemTargetId, problemText } from './problem-messages.js';
import { QuestionBlock } from './question-block.js';
import { SaveStatus } from './save-status.js';
import { useWorkspace, type Workspace } from './workspace-context.js';
import { checkAnswersPath } from './workspace-paths.js';

/**
 * The questions of one section that apply now, saved as the person types. Problems show at a
 * question once the person leaves it; "Save and continue" sends everything at once and lists
 * what is left to fix in the error summary, which takes focus.
 */
export function SectionForm(props: {
  section: CompiledSection;
  onErrorsChange: (has: boolean) => void;
}) {
  const { section, onErrorsChange } = props;
  const t = useT();
  const navigate = useNavigate();
  const workspace = useWorkspace();
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [isSummaryShown, setSummaryShown] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const questionIds = useMemo(
    () => section.questionIds.filter((id) => workspace.applicable.has(id)),
    [section.questionIds, workspace.applicable],
  );

  const errors = collectErrors(workspace, questionIds, revealed, t);
  // Once everything listed is fixed the summary goes, and comes back only on the next submit.
  if (isSummaryShown && errors.length === 0) setSummaryShown(false);
  const visibleErrors = isSummaryShown ? errors : [];
  useEffect(() => onErrorsChange(visibleErrors.length > 0), [visibleErrors.length, onErrorsChange]);

  const reveal = useCallback(
    (questionId: string) =>
      setRevealed((current) =>
        current.has(questionId) ? current : new Set([...current, questionId]),
      ),
    [],
  );

  const summaryForm: FormErrors = {
    errors: visibleErrors,
    focusKey,
    fieldId: (name) => name,
    errorFor: () => undefined,
    show: () => undefined,
    clear: () => undefined,
  };

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const all = new Set(questionIds);
    setRevealed(all);
    workspace.store.flush(questionIds);
    if (collectErrors(workspace, questionIds, all, t).length > 0) {
      setSummaryShown(true);
      setFocusKey((key) => key + 1);
      return;
    }
    navigate(checkAnswersPath(workspace.ref.cityId, workspace.ref.strategyId, section.id));
  }

  return (
    <>
      <ErrorSummary form={summaryForm} />
      <SaveStatus
        snapshot={workspace.snapshot}
        questionIds={questionIds}
        onRetry={() => workspace.store.retryNow()}
      />
      <form onSubmit={submit} noValidate className="section-form">
        {questionIds.map((id) => (
          <QuestionBlock
            key={id}
            question={workspace.compiled.questions.get(id)!}
            isRevealed={revealed.has(id)}
            onLeave={reveal}
          />
        ))}
        <div className="section-form__end">
          <SaveStatus
            snapshot={workspace.snapshot}
            questionIds={questionIds}
            onRetry={() => workspace.store.retryNow()}
            isLive={false}
          />
          <Button type="submit">{t('workspace.section.continue')}</Button>
        </div>
      </form>
    </>
  );
}

function collectErrors(
  workspace: Workspace,
  questionIds: readonly string[],
  revealed: ReadonlySet<string>,
  t: Translate,
): FormError[] {
  const errors: FormError[] = [];
  for (const id of questionIds) {
    const draft = workspace.snapshot.drafts.get(id);
    if (!draft) continue;
    const question = workspace.compiled.questions.get(id)!;
    if (draft.state === 'conflict') {
      errors.push({
        field: conflictTargetId(id),
        message: t('workspace.conflict.summary', { question: question.source.label }),
      });
    }
    const hasServerProblems = draft.problems.some((problem) => problem.text !== undefined);
    if (!revealed.has(id) && !hasServerProblems) continue;
    for (const problem of draft.problems) {
      errors.push({
        field: problemTargetId(question, draft.raw, problem.path),
        message: describeWhere(workspace, draft, problem.path, t) + problemText(problem, t),
      });
    }
  }
  return errors;
}

// In a group, the summary says which row and field ("Item 2, Amount: ..."), as the inline
// message sits among many identical labels.
function describeWhere(workspace: Workspace, draft: Draft, path: string, t: Translate): string {
  const question = workspace.compiled.questions.get(draft.questionId)!;
  const [rowIndex, fieldKey] = path.split('.');
  if (question.type !== 'group' || rowIndex === undefined || !/^\d+$/.test(rowIndex)) return '';
  const field = fieldKey ? question.fieldsByKey?.get(fieldKey) : undefined;
  const row = rowName(question, Number(rowIndex), t);
  return field
    ? t('workspace.error.inRowField', { row, field: field.source.label })
    : t('workspace.error.inRow', { row });
}
