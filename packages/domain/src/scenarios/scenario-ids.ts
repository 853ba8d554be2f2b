import type { AnswerValue } from '../answers/answers.types.js';

export type Values = Record<string, AnswerValue>;

/** `q('mandate', 'mandates')` -> `strategy:mandate:q:mandates`. */
export const q = (section: string, name: string) => `strategy:${section}:q:${name}`;

/** Copies answers and applies a city's own answers on top; `undefined` removes an answer. */
export function withAnswers(
  base: Values,
  changes: Record<string, AnswerValue | undefined>,
): Values {
  const result: Values = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result;
}
