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
    const parsed = catalog.answersSchema.safeParse({
      contentVersion: catalog.version,
      values: { [question.id]: value },
    });
    if (!parsed.success) {
      // Issues come with paths like ['values', <question id>, 2, 'amount']; keep the tail.
      const issues = parsed.error.issues
        .filter((issue) => issue.path[0] === 'values' && issue.path[1] === question.id)
        .map((issue) => rewordIssue({ ...issue, path: issue.path.slice(2) }, question, value));
      problems.push(...describeZodIssues(issues, path, value));
      continue;
    }
    const checked = parsed.data.values[question.id] as AnswerValue;
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
