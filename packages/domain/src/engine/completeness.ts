import { isAnswered } from '../answers/answers.types.js';
import type { CompiledContent } from './compiled-content.types.js';
import type { EvalContext } from './eval-context.js';

export interface SectionCompleteness {
  section: string;
  /** Applicable questions with an answer. */
  answered: number;
  /** Applicable questions marked required. */
  required: number;
  /** Required applicable questions with an answer. */
  requiredAnswered: number;
  /** Questions that apply given the answers so far. */
  applicable: number;
  /** answered / applicable, 0..100, rounded down (100 when nothing applies). */
  percent: number;
  /** Every required applicable question is answered. */
  isComplete: boolean;
}

/** Per-section progress, counting only the questions that currently apply. */
export function measureCompleteness(
  content: CompiledContent,
  applicable: Set<string>,
  context: EvalContext,
): SectionCompleteness[] {
  return content.sections.map((section) => {
    let answered = 0;
    let required = 0;
    let requiredAnswered = 0;
    let applicableCount = 0;
    for (const id of section.questionIds) {
      if (!applicable.has(id)) continue;
      applicableCount += 1;
      const isRequired = content.questions.get(id)!.required;
      const hasAnswer = isAnswered(context.values.get(id));
      if (hasAnswer) answered += 1;
      if (isRequired) required += 1;
      if (isRequired && hasAnswer) requiredAnswered += 1;
    }
    return {
      section: section.id,
      answered,
      required,
      requiredAnswered,
      applicable: applicableCount,
      percent: applicableCount === 0 ? 100 : Math.floor((answered / applicableCount) * 100),
      isComplete: requiredAnswered === required,
    };
  });
}
