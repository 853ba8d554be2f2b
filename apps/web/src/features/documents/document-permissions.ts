import type { StrategyBase } from './use-strategy-base.js';

/** What the signed-in person may do with the document, from the server's answers about them. */
export interface DocumentPermissions {
  /** Write the chapters' narrative: those who may edit every section, until a version is approved. */
  writeNarrative: boolean;
  /** Take versions, move them through review, record the decision, start a new cycle. */
  manageVersions: boolean;
  /** Leave review comments on a version's sections. */
  comment: boolean;
  viewAudit: boolean;
}

export function documentPermissions(base: StrategyBase): DocumentPermissions {
  const { can, strategy } = base.detail;
  const isActive = strategy.status === 'active';
  return {
    writeNarrative: can.editAllSections && isActive && !base.approved,
    manageVersions: can.manage,
    comment: can.edit || can.manage,
    viewAudit: can.viewAudit,
  };
}
