import type { CompiledQuestion } from '@concord/domain/engine';
import type { FocusEvent } from 'react';
import { useT } from '../../i18n/use-t.js';
import { ConflictPanel } from './conflict-panel.js';
import type { Draft } from './draft-store.js';
import { AnswerInput } from './fields/answer-input.js';
import { GroupQuestion } from './group-question.js';
import { parseRaw } from './parse-raw.js';
import { messageLookup } from './problem-messages.js';
import { QuestionHint } from './question-hint.js';
import { isRawRows, type RawField, type RawValue } from './raw-values.js';
import { useWorkspace } from './workspace-context.js';
import { questionDomId } from './workspace-paths.js';

export interface QuestionBlockProps {
  question: CompiledQuestion;
  /** Whether this question's problems are shown yet (after leaving it, or on "Save and continue"). */
  isRevealed: boolean;
  onLeave: (questionId: string) => void;
}

/** One question of a section page: conflict choice if any, the input, and where it stands. */
export function QuestionBlock(props: QuestionBlockProps) {
  const { question } = props;
  const workspace = useWorkspace();
  const t = useT();
  const raw = workspace.rawOf(question.id);
  const draft: Draft | undefined = workspace.snapshot.drafts.get(question.id);
  // Server problems are shown at once: the person cannot know about them otherwise.
  const hasServerProblems = draft?.problems.some((problem) => problem.text !== undefined) ?? false;
  const problems = props.isRevealed || hasServerProblems ? (draft?.problems ?? []) : [];
  const messageAt = messageLookup(problems, t);
  const source = question.source;
  const hint = <QuestionHint question={question} />;
  const change = (next: RawValue) => workspace.store.edit(question.id, next);

  // Problems show once the person leaves a field (a date's three boxes count as one field).
  function leave(event: FocusEvent<HTMLDivElement>): void {
    const field = (event.target as HTMLElement).closest('.form-group') ?? event.currentTarget;
    if (!field.contains(event.relatedTarget as Node | null)) props.onLeave(question.id);
  }

  return (
    <div className="workspace-question" onBlur={leave}>
      {draft?.conflict ? (
        <ConflictPanel
          question={question}
          conflict={draft.conflict}
          yours={parseRaw(question, draft.raw, workspace.parseOptions).value}
          onKeepMine={() => {
            workspace.store.keepMine(question.id);
            focusQuestion(question.id);
          }}
          onTakeTheirs={() => {
            workspace.store.takeTheirs(question.id);
            focusQuestion(question.id);
          }}
        />
      ) : null}
      {question.type === 'group' ? (
        <GroupQuestion
          question={question}
          label={source.label}
          hint={hint}
          note={source.note}
          rows={isRawRows(raw) ? raw : []}
          onChange={change}
          messageAt={messageAt}
          parseOptions={workspace.parseOptions}
        />
      ) : (
        <AnswerInput
          definition={question}
          id={questionDomId(question.id)}
          label={source.label}
          isQuestion
          hint={hint}
          note={source.note}
          raw={raw as RawField}
          onChange={change}
          messageAt={messageAt}
        />
      )}
    </div>
  );
}

// The conflict panel (and the button just pressed) goes away: focus moves on to the answer.
function focusQuestion(questionId: string): void {
  requestAnimationFrame(() => document.getElementById(questionDomId(questionId))?.focus());
}
