import type { CompiledQuestion } from '@concord/domain/engine';
import type { Translate } from '../../i18n/use-t.js';
import type { AnswerProblem } from './parse-raw.js';
import { isRawRows, type RawValue } from './raw-values.js';
import { partDomId, questionDomId, rowDomId, rowFieldDomId } from './workspace-paths.js';

export function problemText(problem: AnswerProblem, t: Translate): string {
  if (problem.text !== undefined) return problem.text;
  return problem.messageId ? t(problem.messageId, problem.values) : t('workspace.error.generic');
}

/** The message for one place in an answer ('' the whole answer, 'amount', '2.endDate', ...). */
export type MessageAt = (path: string) => string | undefined;

export function messageLookup(problems: readonly AnswerProblem[], t: Translate): MessageAt {
  return (path) => {
    const problem = problems.find((item) => item.path === path);
    return problem ? problemText(problem, t) : undefined;
  };
}

/** Like messageLookup, but a message anywhere under `prefix` counts (a date's day, month, year). */
export function firstMessageUnder(
  problems: readonly AnswerProblem[],
  prefix: string,
  t: Translate,
): string | undefined {
  const problem = problems.find(
    (item) => item.path === prefix || item.path.startsWith(prefix === '' ? '' : `${prefix}.`),
  );
  return problem ? problemText(problem, t) : undefined;
}

/**
 * The element an error summary link should focus: problem paths count rows by position (as the
 * server does), element ids use the row's stable id so they survive reordering. A date's day
 * and an amount's number are the first input of their field and carry its id.
 */
export function problemTargetId(question: CompiledQuestion, raw: RawValue, path: string): string {
  const parts = path === '' ? [] : path.split('.');
  let base = questionDomId(question.id);
  let rest = parts;
  if (question.type === 'group' && parts.length > 0 && /^\d+$/.test(parts[0]!)) {
    const row = (isRawRows(raw) ? raw : [])[Number(parts[0])];
    if (!row) return base;
    if (parts[1] === undefined) return rowDomId(question.id, row.id);
    base = rowFieldDomId(question.id, row.id, parts[1]);
    rest = parts.slice(2);
  }
  const part = rest[0];
  return part === undefined || part === 'day' || part === 'amount' ? base : partDomId(base, part);
}
