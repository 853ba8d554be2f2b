import type { Answers } from '../answers/answers.types.js';
import type { CompiledContent } from '../engine/compiled-content.types.js';
import type { Evaluation } from '../engine/evaluate.js';
import type {
  Audience,
  StrategyChapterKey,
  StrategyDecision,
  StrategyStatus,
} from './document.types.js';

/** A gap the city chose to live with, and why (recorded in the workspace). */
export interface AcceptedRisk {
  ruleId: string;
  justification: string;
  /** The official who accepted it: a name, or the workspace's `{ userId, name }`. */
  acceptedBy: string | { userId?: string; name: string };
  /** ISO date or timestamp. */
  acceptedAt: string;
}

export interface DocumentCity {
  name: string;
  country: string;
  /** Language codes the city works in, e.g. ["en"], ["ar", "en"]. */
  languages: string[];
}

export interface DocumentStrategy {
  title: string;
  startYear: number;
  endYear: number;
  versionLabel: string;
  status: StrategyStatus;
  decision?: StrategyDecision;
}

/** What both the strategy document and the handover brief are built from. */
export interface DocumentSources {
  /** Compiled from the library localised into `locale`, so labels come out in that language. */
  content: CompiledContent;
  answers: Answers;
  /** evaluate(content, answers, { today }) with the same content. */
  evaluation: Evaluation;
  acceptedRisks?: AcceptedRisk[];
  city: DocumentCity;
  strategy: DocumentStrategy;
  locale: string;
  /** 'public' leaves out every answer to a question marked sensitive. Default 'council'. */
  audience?: Audience;
  /** ISO timestamp written into the document; passed in so output is reproducible. */
  generatedAt: string;
  /** YYYY-MM-DD used for "coming up" windows; defaults to the date of `generatedAt`. */
  today?: string;
}

export interface BuildStrategyDocumentInput extends DocumentSources {
  /** The city's own text per chapter, in the Markdown subset (no raw HTML). */
  narrative?: Partial<Record<StrategyChapterKey, string>>;
}

export type BuildHandoverBriefInput = DocumentSources;
