import type { StrategyBase } from './use-strategy-base.js';

/** What the signed-in person may do with the document, from the server's answers about them. */
export interface DocumentPermissions {
  /** Take versions, move them through review, record the decision (until one is approved). */
  manageVersions: boolean;
  /** Start the next cycle from the approved version (the people who run the strategy). */
  startCycle: boolean;
  /** Leave review comments on a version's chapters (while it is in review). */
  comment: boolean;
  /** Start exports (members; a network admin only reads). */
  export: boolean;
  viewAudit: boolean;
}

export function documentPermissions(base: StrategyBase): DocumentPermissions {
  return {
    manageVersions: base.can.manage,
    startCycle: base.detail.can.manage,
    comment: base.can.comment,
    export: base.can.export,
    viewAudit: base.detail.can.viewAudit,
  };
}
