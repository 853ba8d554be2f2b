import type { AnswerValue, CompiledQuestion } from '@concord/domain/engine';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../components/button.js';
import { useT } from '../../i18n/use-t.js';
import { AnswerView } from './answer-view.js';
import type { Conflict } from './draft-store.js';
import { partDomId, questionDomId } from './workspace-paths.js';

export interface ConflictPanelProps {
  question: CompiledQuestion;
  conflict: Conflict;
  /** This person's answer as it stands now (they may have edited it since the clash). */
  yours: AnswerValue | undefined;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** The id of the panel's first button: the error summary links a conflict here. */
export const conflictTargetId = (questionId: string) =>
  partDomId(questionDomId(questionId), 'keep-mine');

/**
 * Shown when someone else saved this answer first. Both answers stay on screen, with who saved
 * theirs and when; nothing is saved until the person chooses (or edits, then keeps theirs).
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const t = useT();
  const intl = useIntl();
  const titleId = useId();
  const { current } = props.conflict;
  const who = current?.updatedBy?.name ?? t('workspace.conflict.someone');
  const when = current?.updatedAt
    ? intl.formatDate(current.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })
    : '';

  return (
    <div className="conflict-panel" role="region" aria-labelledby={titleId}>
      <h2 className="heading-s conflict-panel__title" id={titleId}>
        {t('workspace.conflict.title', { question: props.question.source.label })}
      </h2>
      <p className="body">
        {current
          ? t('workspace.conflict.lead', { name: who, when })
          : t('workspace.conflict.leadCleared')}
      </p>
      <dl className="summary-list conflict-panel__values">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('workspace.conflict.yours')}</dt>
          <dd className="summary-list__value">
            <AnswerView question={props.question} value={props.yours} />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">
            {current
              ? t('workspace.conflict.theirs', { name: who, when })
              : t('workspace.conflict.theirsCleared')}
          </dt>
          <dd className="summary-list__value">
            <AnswerView question={props.question} value={current?.value} />
          </dd>
        </div>
      </dl>
      <p className="hint">{t('workspace.conflict.editHint')}</p>
      <div className="button-group">
        <Button id={conflictTargetId(props.question.id)} isInline onClick={props.onKeepMine}>
          {t('workspace.conflict.keepMine')}
        </Button>
        <Button
          id={partDomId(questionDomId(props.question.id), 'take-theirs')}
          variant="secondary"
          isInline
          onClick={props.onTakeTheirs}
        >
          {current
            ? t('workspace.conflict.takeTheirs', { name: who })
            : t('workspace.conflict.takeCleared')}
        </Button>
      </div>
    </div>
  );
}
