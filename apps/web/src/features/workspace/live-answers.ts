import {
  evaluate,
  type AnswerValue,
  type CompiledContent,
  type Evaluation,
} from '@concord/domain/engine';
import type { Draft } from './draft-store.js';
import { parseRaw, type ParseOptions } from './parse-raw.js';
import { toRaw, type RawValue } from './raw-values.js';
import type { AnswersResponse } from './workspace.types.js';

/**
 * The answers as the person sees them: saved answers with their valid unsaved edits on top.
 * An edit that does not pass the checks yet leaves the saved answer in force.
 */
export function computeLiveValues(
  compiled: CompiledContent,
  answers: AnswersResponse,
  drafts: ReadonlyMap<string, Draft>,
  options: ParseOptions,
): Record<string, AnswerValue> {
  const values: Record<string, AnswerValue> = {};
  for (const [id, answer] of Object.entries(answers.answers)) {
    if (compiled.questions.has(id) && answer.value !== null) values[id] = answer.value;
  }
  for (const [id, draft] of drafts) {
    const question = compiled.questions.get(id);
    if (!question) continue;
    const parsed = parseRaw(question, draft.raw, options);
    if (parsed.problems.length > 0) continue;
    if (parsed.value === undefined) delete values[id];
    else values[id] = parsed.value;
  }
  return values;
}

/** Runs the engine in the browser; null when the answers belong to another content version. */
export function evaluateLive(
  compiled: CompiledContent,
  answersVersion: number,
  values: Record<string, AnswerValue>,
  today: string,
): Evaluation | null {
  if (answersVersion !== compiled.version) return null;
  return evaluate(compiled, { contentVersion: answersVersion, values }, { today });
}

/** The form state of a question: the person's draft if any, else the saved answer. */
export function currentRaw(
  compiled: CompiledContent,
  answers: AnswersResponse,
  drafts: ReadonlyMap<string, Draft>,
  questionId: string,
): RawValue {
  const draft = drafts.get(questionId);
  if (draft) return draft.raw;
  const question = compiled.questions.get(questionId)!;
  return toRaw(question, answers.answers[questionId]?.value ?? undefined);
}

/** Today in the person's own time zone, as the engine wants it. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
