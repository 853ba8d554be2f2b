// The engine entry point: no zod, no I/O, safe for the browser bundle.
export { compileContent } from './compile-content.js';
export type {
  CompiledContent,
  CompiledField,
  CompiledQuestion,
  CompiledSection,
} from './compiled-content.types.js';
export { ContentError, type ContentProblem } from './content-error.js';
export { evaluate, type EvaluateOptions, type Evaluation } from './evaluate.js';
export { evaluateCondition } from './evaluate-condition.js';
export { explainCondition, type TraceEntry } from './explain-condition.js';
export { compareFindings, type Finding, type RecurringTask } from './derive-findings.js';
export type { SectionCompleteness } from './completeness.js';
export { type ScoreReason, type ScoreResult, type KeyShare } from './compute-scores.js';
export { computeFundingMix, type FundingMix, type FundingMixOptions } from './funding-mix.js';
export { resolveApplicability, type Applicability } from './applicability.js';
export type { EvalContext } from './eval-context.js';
export { addMonths, isIsoDate } from './dates.js';
export { walkCondition, collectQuestionRefs, type WalkScope } from './walk-condition.js';
