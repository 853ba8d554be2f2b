import type { AnswerValue } from '../answers/answers.types.js';

/**
 * Moves stored answers from one content version to the next. Ids are never reused, so an
 * upgrade only has to deal with questions that were split, merged, retyped or retired.
 */
export interface AnswerUpgrade {
  from: number;
  to: number;
  summary: string;
  /** Returns new values; must not mutate its input. */
  upgrade(values: Readonly<Record<string, AnswerValue>>): Record<string, AnswerValue>;
}
