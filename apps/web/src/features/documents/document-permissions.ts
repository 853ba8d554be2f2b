import type { StrategyBase } from './use-strategy-base.js';

/** What the signed-in person may do with the document, from the server's answers about them. */
export interface DocumentPermissions {
  /** Take versions, move them through review, record the decision, start a new cycle. */
  manageVersions: boolean;
  /** Leave review comments on a version's chapters (while it is in review). */
  comment: boolean;
  /** Start exports (members; a network admin only reads). */
  export: boolean;
  viewAudit: boolean;
}

export function documentPermissions(base: StrategyBase): DocumentPermissions {
  return {
    manageVersions: base.can.manage,
    comment: base.can.comment,
    export: base.can.export,
    viewAudit: base.detail.can.viewAudit,
  };
}
