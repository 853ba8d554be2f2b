import type { Option } from '../content/question.schema.js';
import type { ReferenceItem } from '../content/reference.schema.js';
import type { CompiledContent } from '../engine/compiled-content.types.js';

/**
 * Option labels come from the content, which the server localises, so dashboards speak the
 * reader's language without a catalogue of their own.
 */
export function optionsOf(
  content: CompiledContent,
  questionId: string,
  fieldKey?: string,
): Option[] {
  const question = content.questions.get(questionId);
  if (!question) return [];
  if (fieldKey === undefined) return question.options ?? [];
  return question.fieldsByKey?.get(fieldKey)?.options ?? [];
}

/** The option's label, or the raw id when the content has no such option (never blank). */
export function labelOf(
  content: CompiledContent,
  questionId: string,
  optionId: string,
  fieldKey?: string,
): string {
  return optionsOf(content, questionId, fieldKey).find((o) => o.id === optionId)?.label ?? optionId;
}

export function referenceList(content: CompiledContent, kind: string): ReferenceItem[] {
  return content.library.reference[kind] ?? [];
}
