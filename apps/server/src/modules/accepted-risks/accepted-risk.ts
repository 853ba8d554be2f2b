import type { AcceptedRiskRowWithName } from './accepted-risks.repository.js';

/** A gap the city has decided to live with, and why. Shown with the findings and in exports. */
export interface AcceptedRisk {
  ruleId: string;
  justification: string;
  acceptedBy: { userId: string; name: string } | null;
  acceptedAt: string;
}

export function acceptedRiskRowToAcceptedRisk(row: AcceptedRiskRowWithName): AcceptedRisk {
  return {
    ruleId: row.rule_id,
    justification: row.justification,
    acceptedBy:
      row.accepted_by !== null && row.accepted_by_name !== null
        ? { userId: row.accepted_by, name: row.accepted_by_name }
        : null,
    acceptedAt: row.accepted_at,
  };
}
