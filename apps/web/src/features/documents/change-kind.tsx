import type { MessageId } from '../../i18n/load-messages.js';
import { useT } from '../../i18n/use-t.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'same';

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** Whether an item appeared, disappeared, changed or stayed the same between two states. */
export function changeKind(before: unknown, after: unknown): ChangeKind {
  if (isEmpty(before) && isEmpty(after)) return 'same';
  if (isEmpty(before)) return 'added';
  if (isEmpty(after)) return 'removed';
  return JSON.stringify(before) === JSON.stringify(after) ? 'same' : 'changed';
}

const TAGS: Record<ChangeKind, { messageId: MessageId; className: string }> = {
  added: { messageId: 'documents.change.added', className: 'tag tag--green' },
  removed: { messageId: 'documents.change.removed', className: 'tag tag--red' },
  changed: { messageId: 'documents.change.changed', className: 'tag tag--blue' },
  same: { messageId: 'documents.change.same', className: 'tag tag--grey' },
};

/** The kind of change in words; colour only repeats it. */
export function ChangeTag(props: { kind: ChangeKind }) {
  const t = useT();
  const tag = TAGS[props.kind];
  return <strong className={`${tag.className} change-tag`}>{t(tag.messageId)}</strong>;
}
