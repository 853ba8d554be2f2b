import type { AnswerValue, GroupRow } from '../answers/answers.types.js';

/**
 * What a condition can see: the effective answers (only applicable questions, group rows in
 * id order with non-applicable fields removed), the injected date, and the current row when
 * the condition is the `where` of a row operator.
 */
export interface EvalContext {
  values: Map<string, AnswerValue>;
  today: string;
  row?: GroupRow;
}
