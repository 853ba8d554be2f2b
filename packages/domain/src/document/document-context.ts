import type { AnswerValue, GroupRow } from '../answers/answers.types.js';
import { isAnswered, isGroupRows } from '../answers/answers.types.js';
import { resolveApplicability } from '../engine/applicability.js';
import type { CompiledContent, CompiledQuestion } from '../engine/compiled-content.types.js';
import { isIsoDate } from '../engine/dates.js';
import type { Evaluation } from '../engine/evaluate.js';
import type { AcceptedRisk, DocumentSources, DocumentStrategy } from './document-input.types.js';
import type { Audience } from './document.types.js';
import { createValueFormatter, type ValueFormatter } from './format-values.js';
import { selectLabels, type DocumentLabels } from './labels/document-labels.js';

/**
 * Everything a chapter builder reads, prepared once: the answers that count (only questions
 * that apply, minus sensitive ones in a public document), the labels and formatters of the
 * document's language, findings and accepted risks.
 */
export interface DocumentContext {
  content: CompiledContent;
  evaluation: Evaluation;
  labels: DocumentLabels;
  format: ValueFormatter;
  audience: Audience;
  strategy: DocumentStrategy;
  today: string;
  acceptedRisks: Map<string, AcceptedRisk>;
  /** The answer to show for a question, or undefined when it is unanswered or left out. */
  answer(questionId: string): AnswerValue | undefined;
  /** Rows of a group answer in the order the city entered them, fields that apply only. */
  rows(questionId: string): GroupRow[];
  /** Whether a question's answers may appear in this document at all. */
  isShown(question: CompiledQuestion): boolean;
  question(questionId: string): CompiledQuestion | undefined;
}

export function createDocumentContext(sources: DocumentSources): DocumentContext {
  const { content, answers } = sources;
  if (answers.contentVersion !== content.version) {
    throw new Error(
      `Answers are for content version ${answers.contentVersion} but the content is version ${content.version}; upgrade them first with upgradeAnswers()`,
    );
  }
  const today = sources.today ?? sources.generatedAt.slice(0, 10);
  if (!isIsoDate(today)) throw new Error(`today must be a date like 2025-01-31, got ${today}`);
  const audience = sources.audience ?? 'council';
  const { applicable, context } = resolveApplicability(content, answers.values, today);

  const isShown = (question: CompiledQuestion) =>
    applicable.has(question.id) && !(audience === 'public' && question.sensitive);

  const answer = (questionId: string): AnswerValue | undefined => {
    const question = content.questions.get(questionId);
    if (!question || !isShown(question)) return undefined;
    const value = context.values.get(questionId);
    return isAnswered(value) ? value : undefined;
  };

  const rows = (questionId: string): GroupRow[] => {
    const effective = answer(questionId);
    if (!isGroupRows(effective)) return [];
    const byId = new Map(effective.map((row) => [row.id, row]));
    const entered = answers.values[questionId];
    const order = isGroupRows(entered) ? entered.map((row) => row.id) : [...byId.keys()];
    return order.flatMap((id) => {
      const row = byId.get(id);
      return row ? [row] : [];
    });
  };

  return {
    content,
    evaluation: sources.evaluation,
    labels: selectLabels(sources.locale),
    format: createValueFormatter(sources.locale),
    audience,
    strategy: sources.strategy,
    today,
    acceptedRisks: new Map((sources.acceptedRisks ?? []).map((risk) => [risk.ruleId, risk])),
    answer,
    rows,
    isShown,
    question: (questionId) => content.questions.get(questionId),
  };
}
