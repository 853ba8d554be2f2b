// Shapes of the strategy workspace API (see .team/API-WORKSPACE.md); the browser trusts the
// server's schemas, as the rest of the app does.
import type { AnswerValue, ContentLibrary, Evaluation } from '@concord/domain/engine';

export interface Strategy {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  contentVersion: number;
  status: string;
  createdAt: string;
  updatedAt: string;
}

export interface Person {
  userId: string;
  name: string;
}

export const SECTION_STATUSES = [
  'not-started',
  'in-progress',
  'completed',
  'has-critical',
] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export interface SectionProgress {
  sectionId: string;
  status: SectionStatus;
  assignees: Person[];
}

export interface StrategyPermissions {
  edit: boolean;
  assign: boolean;
  acceptRisk: boolean;
}

export interface StrategyDetail {
  strategy: Strategy;
  can: StrategyPermissions;
  sections: SectionProgress[];
}

export interface StoredAnswer {
  value: AnswerValue;
  revision: number;
  updatedBy: Person | null;
  updatedAt: string;
}

export interface AnswersResponse {
  contentVersion: number;
  answers: Record<string, StoredAnswer>;
}

export interface AcceptedRisk {
  ruleId: string;
  justification: string;
  acceptedBy: Person | null;
  acceptedAt: string;
}

/** The server's evaluation of the saved answers (GET /evaluation), in the reader's language. */
export interface ServerEvaluation {
  evaluation: Evaluation;
  acceptedRisks: AcceptedRisk[];
}

export interface StrategyContent {
  locale: string;
  contentVersion: number;
  untranslated: string[];
  content: ContentLibrary;
}
