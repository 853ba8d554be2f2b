import type { Answers } from '../answers/answers.types.js';
import { resolveApplicability } from './applicability.js';
import type { CompiledContent } from './compiled-content.types.js';
import { measureCompleteness, type SectionCompleteness } from './completeness.js';
import { computeScores, type ScoreResult } from './compute-scores.js';
import { isIsoDate } from './dates.js';
import { deriveFindings, type Finding } from './derive-findings.js';

export interface EvaluateOptions {
  /** The calendar date to judge deadlines against (YYYY-MM-DD); the engine never reads the clock. */
  today: string;
}

export interface Evaluation {
  /** The content version the findings were derived under. */
  contentVersion: number;
  /** Question ids that apply given the answers, in content order. */
  applicable: string[];
  completeness: SectionCompleteness[];
  /** Gaps by severity (critical first), then strengths; ties by rule id. */
  findings: Finding[];
  scores: ScoreResult[];
}

/**
 * The single entry point shared by browser and server: answers in, applicable questions,
 * progress, explained findings and scores out. Pure and deterministic for the same inputs.
 * Throws only for misuse (answers of another content version, a malformed `today`).
 */
export function evaluate(
  content: CompiledContent,
  answers: Answers,
  options: EvaluateOptions,
): Evaluation {
  if (answers.contentVersion !== content.version) {
    throw new Error(
      `Answers are for content version ${answers.contentVersion} but the content is version ${content.version}; upgrade them first with upgradeAnswers()`,
    );
  }
  if (!isIsoDate(options.today))
    throw new Error(`options.today must be a date like 2025-01-31, got ${String(options.today)}`);

  const { applicable, context } = resolveApplicability(content, answers.values, options.today);
  return {
    contentVersion: content.version,
    applicable: content.sections.flatMap((s) => s.questionIds.filter((id) => applicable.has(id))),
    completeness: measureCompleteness(content, applicable, context),
    findings: deriveFindings(content, context),
    scores: computeScores(content.scores, context),
  };
}
