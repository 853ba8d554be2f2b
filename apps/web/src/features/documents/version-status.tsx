import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';
import type { StrategyStatus } from './documents.types.js';

const STATUS: Record<StrategyStatus, { messageId: MessageId; className: string }> = {
  draft: { messageId: 'documents.status.draft', className: 'tag tag--grey' },
  'in-review': { messageId: 'documents.status.inReview', className: 'tag tag--blue' },
  submitted: { messageId: 'documents.status.submitted', className: 'tag tag--blue' },
  approved: { messageId: 'documents.status.approved', className: 'tag tag--green' },
  returned: { messageId: 'documents.status.returned', className: 'tag tag--red' },
};

export function statusMessageId(status: StrategyStatus): MessageId {
  return STATUS[status]?.messageId ?? 'documents.status.draft';
}

/** A version's status in words (the colour only repeats what the words say). */
export function VersionStatusTag(props: { status: StrategyStatus }) {
  const t = useT();
  const entry = STATUS[props.status] ?? STATUS.draft;
  return <strong className={entry.className}>{t(entry.messageId)}</strong>;
}
