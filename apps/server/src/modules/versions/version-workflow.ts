import type { VersionStatus } from './version.js';

/**
 * Where a version may go next. A snapshot is prepared (draft), read by reviewers who comment
 * per section (in review; it can go back to draft), sent to the decision-making body
 * (submitted), which approves it or returns it. Approved and returned are final: after a
 * return the city changes the strategy and takes a new snapshot.
 */
export const NEXT_STATUSES: Record<VersionStatus, readonly VersionStatus[]> = {
  draft: ['in-review'],
  'in-review': ['draft', 'submitted'],
  submitted: ['approved', 'returned'],
  approved: [],
  returned: [],
};

export function canMove(from: VersionStatus, to: VersionStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/** A decision is recorded when the body decides: required to approve, optional to return. */
export function decisionRule(to: VersionStatus): 'required' | 'optional' | 'refused' {
  if (to === 'approved') return 'required';
  return to === 'returned' ? 'optional' : 'refused';
}
