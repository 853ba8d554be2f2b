// Dashboards: pure derivations from (content, answers, evaluation, today) for the strategy
// workspace's charts, tables and graph. No zod, no I/O: they run in the browser bundle.
import type { DashboardInput } from './dashboard-input.js';
import { deriveFundingDashboard, type FundingDashboard } from './funding-dashboard.js';
import { deriveLeadModelComparison, type LeadModelComparison } from './lead-model-comparison.js';
import { deriveMandateStrength, type MandateStrength } from './mandate-strength.js';
import { derivePoliticalCalendar, type PoliticalCalendar } from './political-calendar.js';
import { deriveResourceMatrix, type ResourceMatrix } from './resource-matrix.js';
import { deriveStakeholderNetwork, type StakeholderNetwork } from './stakeholder-network.js';

export type { DashboardInput } from './dashboard-input.js';
export * from './funding-dashboard.js';
export * from './lead-model-comparison.js';
export * from './mandate-strength.js';
export * from './political-calendar.js';
export * from './resource-matrix.js';
export * from './split-across-years.js';
export * from './stakeholder-network.js';

export interface Dashboards {
  mandateStrength: MandateStrength;
  resourceMatrix: ResourceMatrix;
  fundingMix: FundingDashboard;
  leadModels: LeadModelComparison;
  stakeholderNetwork: StakeholderNetwork;
  politicalCalendar: PoliticalCalendar;
}

/** Every dashboard at once, e.g. for the dashboards page or an export. */
export function deriveDashboards(input: DashboardInput): Dashboards {
  return {
    mandateStrength: deriveMandateStrength(input),
    resourceMatrix: deriveResourceMatrix(input),
    fundingMix: deriveFundingDashboard(input),
    leadModels: deriveLeadModelComparison(input),
    stakeholderNetwork: deriveStakeholderNetwork(input),
    politicalCalendar: derivePoliticalCalendar(input),
  };
}
