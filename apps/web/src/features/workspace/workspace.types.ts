// Shapes of the strategy workspace API (see .team/API-WORKSPACE.md); the browser trusts the
// server's schemas, as the rest of the app does.
import type {
  AnswerValue,
  ContentLibrary,
  Finding,
  ScoreResult,
  SectionCompleteness,
} from '@concord/domain/engine';

export interface Strategy {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  contentVersion: number;
  status: 'active' | 'archived';
  revision: number;
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
  answered: number;
  applicable: number;
  required: number;
  requiredAnswered: number;
  assignees: Person[];
  /** Whether the signed-in person may change this section's answers (the server decides). */
  canEdit: boolean;
}

export interface StrategyPermissions {
  edit: boolean;
  editAllSections: boolean;
  manage: boolean;
  assign: boolean;
  acceptRisk: boolean;
  viewAudit: boolean;
}

export interface StrategyDetail {
  strategy: Strategy;
  can: StrategyPermissions;
  sections: SectionProgress[];
}

export interface StoredAnswer {
  /** null only in a conflict, when someone cleared the answer (the list holds answers with a value). */
  value: AnswerValue | null;
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
  /** Whether the current answers still raise the finding. */
  isRaised?: boolean;
}

/** The server's evaluation of the saved answers (GET /evaluation), in the reader's language. */
export interface ServerEvaluation {
  /** The date deadlines are judged against, in the city's time zone. */
  today: string;
  evaluation: {
    contentVersion: number;
    locale: string;
    questions: string[];
    completeness: SectionCompleteness[];
    findings: Finding[];
    scores: ScoreResult[];
  };
  acceptedRisks: AcceptedRisk[];
}

export interface StrategyContent {
  locale: string;
  contentVersion: number;
  untranslated: string[];
  content: ContentLibrary;
}
