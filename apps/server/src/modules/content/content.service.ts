import { type Answers, evaluate } from '@concord/domain';
import { invalidFields } from '../../errors/app-error.js';
import { describeZodIssues } from '../../errors/zod-issues.js';
import type { Locale } from '../users/user.js';
import type { ContentCatalog } from './content-catalog.js';

// The answers schema checks ids only once every known value is valid (zod skips refinements
// after other issues), so unknown ids are looked up here too and all problems reported at once.
function findUnknownQuestionIds(answers: unknown, catalog: ContentCatalog): string[] {
  const values = (answers as { values?: unknown } | null)?.values;
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return [];
  return Object.keys(values).filter((id) => !catalog.compiled.en.questions.has(id));
}

export interface EvaluateInput {
  answers: unknown;
  today?: string | undefined;
  locale: Locale;
}

/**
 * Stateless evaluation: checks the answers against this content version (every problem with its
 * path, e.g. body.answers.values.strategy:funding:q:sources.0.amount), then runs the one rules
 * engine shared with the browser. Nothing is stored.
 */
export function evaluateAnswers(input: EvaluateInput, catalog: ContentCatalog) {
  const parsed = catalog.answersSchema.safeParse(input.answers);
  const unknownIds = findUnknownQuestionIds(input.answers, catalog);
  if (!parsed.success || unknownIds.length > 0) {
    const problems = [
      ...(parsed.success
        ? []
        : describeZodIssues(parsed.error.issues, 'body.answers', input.answers)),
      ...unknownIds.map((id) => ({
        path: `body.answers.values.${id}`,
        message: `There is no question with this id in content version ${catalog.version}.`,
      })),
    ];
    throw invalidFields(
      problems.filter((p, i) => problems.findIndex((q) => q.path === p.path) === i),
    );
  }
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const evaluation = evaluate(catalog.compiled[input.locale], parsed.data as Answers, { today });
  return {
    contentVersion: evaluation.contentVersion,
    locale: input.locale,
    questions: evaluation.applicable,
    completeness: evaluation.completeness,
    findings: evaluation.findings,
    scores: evaluation.scores,
  };
}
