import type { MessageId } from '../../i18n/load-messages.js';
import type { StrategyStatus } from './documents.types.js';

export type WorkflowAction =
  | { kind: 'step'; to: StrategyStatus; label: MessageId; done: MessageId }
  | { kind: 'page'; page: 'approve' | 'return' | 'new-cycle'; label: MessageId };

/**
 * The steps a version can take from each status. Approving and returning ask for more (the
 * council's decision, a reason), so they open a page of their own.
 */
export function actionsFor(status: StrategyStatus): WorkflowAction[] {
  switch (status) {
    case 'draft':
      return [
        {
          kind: 'step',
          to: 'in-review',
          label: 'documents.workflow.sendForReview',
          done: 'documents.workflow.sentForReview',
        },
      ];
    case 'in-review':
      return [
        {
          kind: 'step',
          to: 'submitted',
          label: 'documents.workflow.submit',
          done: 'documents.workflow.submitted',
        },
        {
          kind: 'step',
          to: 'draft',
          label: 'documents.workflow.backToDraft',
          done: 'documents.workflow.backInDraft',
        },
      ];
    case 'submitted':
      return [
        { kind: 'page', page: 'approve', label: 'documents.workflow.approve' },
        { kind: 'page', page: 'return', label: 'documents.workflow.return' },
      ];
    case 'approved':
      return [{ kind: 'page', page: 'new-cycle', label: 'documents.workflow.newCycle' }];
    case 'returned':
      // A returned version stays as the council saw it; the changes go into a new version.
      return [];
    default: {
      const unknown: never = status;
      throw new Error(`Unknown version status: ${String(unknown)}`);
    }
  }
}
