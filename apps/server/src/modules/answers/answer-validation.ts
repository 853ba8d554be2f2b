import type { AnswerValue, CompiledQuestion } from '@concord/domain';
import type { core } from 'zod';
import type { FieldProblem } from '../../errors/app-error.js';
import { describeZodIssues } from '../../errors/zod-issues.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { checkAnswerValue } from './answer-checks.js';

type Issue = core.$ZodIssue;

export interface ProposedValue {
  question: CompiledQuestion;
  value: unknown;
  /** Where the value sits in the request, e.g. `body.value` or `body.answers.<id>.value`. */
  path: string;
}

const formatNumber = (value: number) => value.toLocaleString('en');

// Reworded so a person reading the message beside a field knows what to change.
function rewordIssue(issue: Issue, question: CompiledQuestion, input: unknown): Issue {
  if (issue.code !== 'too_big') return issue;
  const maximum = Number(issue.maximum);
  if (issue.origin === 'array' && issue.path.length === 0 && question.type === 'group') {
    const count = Array.isArray(input) ? input.length : undefined;
    const rows = count === undefined ? '' : ` (this list has ${formatNumber(count)})`;
    return { ...issue, message: `Add at most ${formatNumber(maximum)} rows${rows}.` };
  }
  if (issue.origin === 'string') {
    return { ...issue, message: `Use at most ${formatNumber(maximum)} characters.` };
  }
  return issue;
}

/**
 * The schema of one question's value, taken from the content version's answers schema (built
 * once per catalog). Parsing the value alone gives the same result as parsing it inside a whole
 * answers object, at a fraction of the cost: the object walks every question of the content.
 */
function valueSchemaOf(catalog: ContentCatalog, question: CompiledQuestion) {
  const schema = catalog.answersSchema.shape.values.shape[question.id];
  // The catalog compiles its questions and this schema from the same content.
  if (!schema) throw new Error(`No answer schema for question ${question.id}`);
  return schema;
}

/**
 * Checks each value against the answers schema of the content version (type, options, lengths,
 * row limits, dates) and then the cross-field checks, reporting every problem with its path in
 * the request. Returns the parsed values (null problems) or the problems (nothing to save).
 */
export function validateAnswerValues(
  catalog: ContentCatalog,
  proposed: readonly ProposedValue[],
): { values: Map<string, AnswerValue>; problems: FieldProblem[] } {
  const values = new Map<string, AnswerValue>();
  const problems: FieldProblem[] = [];
  for (const { question, value, path } of proposed) {
    const parsed = valueSchemaOf(catalog, question).safeParse(value);
    if (!parsed.success) {
      // Issue paths are relative to the value, e.g. [2, 'amount'].
      const issues = parsed.error.issues.map((issue) => rewordIssue(issue, question, value));
      problems.push(...describeZodIssues(issues, path, value));
      continue;
    }
    const checked = parsed.data as AnswerValue;
    const extra = checkAnswerValue(question, checked);
    if (extra.length > 0) {
      problems.push(
        ...extra.map((problem) => ({
          path: [path, ...problem.path.map(String)].join('.'),
          message: problem.message,
        })),
      );
      continue;
    }
    values.set(question.id, checked);
  }
  return { values, problems };
}
