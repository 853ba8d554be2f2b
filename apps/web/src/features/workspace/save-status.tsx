import { useIntl } from 'react-intl';
import { Button } from '../../components/button.js';
import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';
import type { Draft, DraftSnapshot } from './draft-store.js';

type Summary =
  | { kind: 'idle' }
  | { kind: 'saved'; at: Date }
  | { kind: 'saving' }
  | { kind: 'problem'; messageId: MessageId; count: number; canRetry: boolean };

/** The worst state among the edits: a clash or a refusal matters more than a save under way. */
export function summariseDrafts(snapshot: DraftSnapshot, questionIds?: readonly string[]): Summary {
  const drafts = [...snapshot.drafts.values()].filter(
    (draft) => !questionIds || questionIds.includes(draft.questionId),
  );
  const count = (test: (draft: Draft) => boolean) => drafts.filter(test).length;
  const conflicts = count((draft) => draft.state === 'conflict');
  if (conflicts > 0)
    return {
      kind: 'problem',
      messageId: 'workspace.save.conflict',
      count: conflicts,
      canRetry: false,
    };
  const signedOut = count((draft) => draft.blockedReason === 'signed-out');
  if (signedOut > 0)
    return {
      kind: 'problem',
      messageId: 'workspace.save.signedOut',
      count: signedOut,
      canRetry: true,
    };
  const blocked = count((draft) => draft.state === 'blocked');
  if (blocked > 0)
    return {
      kind: 'problem',
      messageId: 'workspace.save.blocked',
      count: blocked,
      canRetry: false,
    };
  const invalid = count((draft) => draft.state === 'invalid');
  if (invalid > 0)
    return {
      kind: 'problem',
      messageId: 'workspace.save.invalid',
      count: invalid,
      canRetry: false,
    };
  const retrying = count((draft) => draft.state === 'retrying');
  if (retrying > 0)
    return {
      kind: 'problem',
      messageId: 'workspace.save.retrying',
      count: retrying,
      canRetry: true,
    };
  if (drafts.length > 0) return { kind: 'saving' };
  if (snapshot.lastSavedAt) return { kind: 'saved', at: snapshot.lastSavedAt };
  return { kind: 'idle' };
}

/**
 * "Saving…", "Saved at 14:05" or "Not saved" with the reason, in a polite live region that is
 * on the page from the start (so changes are read out); the retry button sits outside it.
 */
export function SaveStatus(props: {
  snapshot: DraftSnapshot;
  questionIds?: readonly string[];
  onRetry: () => void;
  /** One live region a page: a second copy (beside the submit button) is only shown, not read out. */
  isLive?: boolean;
}) {
  const t = useT();
  const intl = useIntl();
  const summary = summariseDrafts(props.snapshot, props.questionIds);
  const text =
    summary.kind === 'saving'
      ? t('workspace.save.saving')
      : summary.kind === 'saved'
        ? t('workspace.save.savedAt', { time: intl.formatTime(summary.at, { timeStyle: 'short' }) })
        : summary.kind === 'problem'
          ? t(summary.messageId, { count: summary.count })
          : '';
  const className = [
    'save-status',
    summary.kind === 'problem' ? 'save-status--problem' : '',
    summary.kind === 'idle' ? 'save-status--idle' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      {props.isLive === false ? (
        <p className="save-status__text">{text}</p>
      ) : (
        <p className="save-status__text" role="status" aria-live="polite" aria-atomic="true">
          {text}
        </p>
      )}
      {summary.kind === 'problem' && summary.canRetry ? (
        <Button variant="secondary" isInline onClick={props.onRetry}>
          {t('workspace.save.retry')}
        </Button>
      ) : null}
    </div>
  );
}
