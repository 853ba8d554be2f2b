import type { AnswerValue, FieldValue, GroupRow } from '../answers/answers.types.js';
import { isGroupRows } from '../answers/answers.types.js';
import type { CompiledContent, CompiledQuestion } from './compiled-content.types.js';
import type { EvalContext } from './eval-context.js';
import { evaluateCondition, withRow } from './evaluate-condition.js';

export interface Applicability {
  /** Applicable question ids, in content order. */
  applicable: Set<string>;
  /** The answers that count: applicable questions only, rows in id order, applicable fields only. */
  context: EvalContext;
}

/**
 * Decides which questions apply and keeps only their answers. A stale answer to a question
 * that no longer applies must not trigger findings, so it is dropped here, once, for all rules.
 */
export function resolveApplicability(
  content: CompiledContent,
  values: Record<string, AnswerValue>,
  today: string,
): Applicability {
  const effective = new Map<string, AnswerValue>();
  const context: EvalContext = { values: effective, today };
  const applicable = new Set<string>();
  const sectionApplies = new Map<string, boolean>();

  for (const id of content.applicabilityOrder) {
    const question = content.questions.get(id)!;
    if (!appliesNow(question, content, context, sectionApplies)) continue;
    applicable.add(id);
    const value = Object.hasOwn(values, id) ? values[id] : undefined;
    if (value !== undefined) effective.set(id, normaliseValue(question, value, context));
  }
  return { applicable, context };
}

function appliesNow(
  question: CompiledQuestion,
  content: CompiledContent,
  context: EvalContext,
  sectionApplies: Map<string, boolean>,
): boolean {
  let section = sectionApplies.get(question.sectionId);
  if (section === undefined) {
    const when = content.sectionsById.get(question.sectionId)?.when;
    section = when ? evaluateCondition(when, context) : true;
    sectionApplies.set(question.sectionId, section);
  }
  return section && (question.when ? evaluateCondition(question.when, context) : true);
}

// Rows are sorted by id and multi answers by value so that nothing downstream (sums, traces,
// findings) depends on the order in which a user entered things.
function normaliseValue(
  question: CompiledQuestion,
  value: AnswerValue,
  context: EvalContext,
): AnswerValue {
  if (question.type === 'multi' && Array.isArray(value)) return [...(value as string[])].sort();
  if (question.type !== 'group' || !isGroupRows(value)) return value;
  const rows = [...value].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map((row) => normaliseRow(question, row, context));
}

function normaliseRow(question: CompiledQuestion, row: GroupRow, context: EvalContext): GroupRow {
  const fields = question.fields ?? [];
  const needsCopy =
    question.hasFieldConditions ||
    fields.some((f) => f.type === 'multi' && Array.isArray(row[f.key]));
  if (!needsCopy) return row;
  const copy: GroupRow = { id: row.id };
  // Field conditions read the row as filtered so far, so a field that does not apply cannot
  // switch on another one.
  const rowContext = withRow(context, copy);
  for (const field of fields) {
    const value: FieldValue | undefined = row[field.key];
    if (value === undefined) continue;
    if (field.when && !evaluateCondition(field.when, rowContext)) continue;
    copy[field.key] = field.type === 'multi' && Array.isArray(value) ? [...value].sort() : value;
  }
  return copy;
}
