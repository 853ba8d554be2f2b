import type { Condition, DateBound } from '../content/condition.schema.js';
import { walkCondition, type WalkScope } from '../engine/walk-condition.js';
import type { ProblemList } from './check-problem.js';
import type { Subject } from './content-index.js';

type SubjectType = Subject['type'];

// Which answer types each operator can test; anything else can never hold and is a content bug.
const VALUE_TYPES: Record<string, SubjectType[]> = {
  equals: ['single', 'yes-no-unknown', 'number', 'text', 'long-text', 'date'],
  'one-of': ['single', 'yes-no-unknown', 'number', 'text'],
  includes: ['multi'],
  'includes-any': ['multi'],
  'includes-all': ['multi'],
  compare: ['number', 'amount'],
  'date-within': ['date'],
};
const NUMERIC: SubjectType[] = ['number', 'amount'];

/**
 * Checks that a condition names real questions and fields, uses each operator on an answer
 * type it can test, and only compares against option ids that exist.
 * `rowGroup` is set for a group field's own `when`, whose `field` leaves read that group's row.
 */
export function checkCondition(
  cond: Condition,
  path: string,
  subjects: Map<string, Subject>,
  problems: ProblemList,
  rowGroup?: string,
): void {
  const start: WalkScope = rowGroup ? { path, group: rowGroup } : { path };
  walkCondition(cond, start, (node, scope) => {
    const at = scope.path;
    const subjectOf = (ref: { q?: string; field?: string }): Subject | undefined => {
      if (ref.q !== undefined) {
        const found = subjects.get(ref.q);
        if (!found) problems.error(at, `Unknown question ${ref.q}`);
        return found;
      }
      if (ref.field !== undefined) {
        if (!scope.group) {
          problems.error(
            at,
            `\`field: ${ref.field}\` is only allowed inside the \`where\` of a row operator`,
          );
          return undefined;
        }
        const found = subjects.get(scope.group)?.fields?.get(ref.field);
        if (!found) problems.error(at, `Group ${scope.group} has no field ${ref.field}`);
        return found;
      }
      return undefined;
    };
    const checkValues = (subject: Subject, values: readonly unknown[]) => {
      if (!subject.values) return;
      for (const value of values) {
        if (typeof value !== 'string' || !subject.values.has(value)) {
          problems.error(
            at,
            `${JSON.stringify(value)} is not an option here (options: ${[...subject.values].join(', ')})`,
          );
        }
      }
    };
    const checkBound = (bound: DateBound | undefined) => {
      if (!bound || !('q' in bound || 'field' in bound)) return;
      const subject = subjectOf(bound);
      if (subject && subject.type !== 'date')
        problems.error(at, 'A date bound must name a date question or field');
    };
    const groupOf = (q: string, allowMulti: boolean): Subject | undefined => {
      const subject = subjectOf({ q });
      if (subject && subject.type !== 'group' && !(allowMulti && subject.type === 'multi')) {
        problems.error(
          at,
          `${node.op} needs a group question${allowMulti ? ' or a multi' : ''}; ${q} is ${subject.type}`,
        );
        return undefined;
      }
      return subject;
    };
    const checkField = (group: Subject | undefined, field: string, numeric: boolean) => {
      const found = group?.fields?.get(field);
      if (group?.fields && !found) problems.error(at, `The group has no field ${field}`);
      if (found && numeric && !NUMERIC.includes(found.type))
        problems.error(at, `Field ${field} must be a number or an amount`);
    };

    switch (node.op) {
      case 'all':
      case 'any':
      case 'not':
        return;
      case 'answered':
        subjectOf(node);
        return;
      case 'equals':
      case 'one-of':
      case 'includes':
      case 'includes-any':
      case 'includes-all':
      case 'compare':
      case 'date-within': {
        const subject = subjectOf(node);
        if (subject && !VALUE_TYPES[node.op]!.includes(subject.type)) {
          problems.error(at, `${node.op} cannot test a ${subject.type} answer`);
          return;
        }
        if (!subject) return;
        if (node.op === 'equals' || node.op === 'includes') checkValues(subject, [node.value]);
        if (node.op === 'one-of' || node.op === 'includes-any' || node.op === 'includes-all')
          checkValues(subject, node.values);
        if (node.op === 'date-within') {
          checkBound(node.from);
          checkBound(node.to);
        }
        return;
      }
      case 'count': {
        const subject = groupOf(node.q, true);
        if (subject?.type === 'multi' && node.where)
          problems.error(at, '`where` only applies to groups; a multi is counted by its items');
        return;
      }
      case 'some-row':
      case 'every-row':
        groupOf(node.q, false);
        return;
      case 'share':
        checkField(groupOf(node.q, false), node.amountField, true);
        return;
      case 'distinct-count':
        checkField(groupOf(node.q, false), node.field, false);
        return;
      default:
        problems.error(at, `Unknown operator ${(node as { op: string }).op}`);
    }
  });
}
