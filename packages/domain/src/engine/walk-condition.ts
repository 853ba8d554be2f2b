import type { Condition, DateBound } from '../content/condition.schema.js';

/** Where a condition sits while walking: `group` is set inside the `where` of a row operator. */
export interface WalkScope {
  path: string;
  group?: string;
}

/**
 * Visits every node of a condition tree with its path and row scope, so reference checks and
 * dependency analysis share one traversal. The switch is exhaustive like the evaluator's.
 */
export function walkCondition(
  cond: Condition,
  scope: WalkScope,
  visit: (node: Condition, scope: WalkScope) => void,
): void {
  visit(cond, scope);
  switch (cond.op) {
    case 'all':
    case 'any':
      cond.of.forEach((child, i) =>
        walkCondition(child, { ...scope, path: `${scope.path}.of.${i}` }, visit),
      );
      return;
    case 'not':
      walkCondition(cond.cond, { ...scope, path: `${scope.path}.cond` }, visit);
      return;
    case 'count':
    case 'distinct-count':
      if (cond.where)
        walkCondition(cond.where, { path: `${scope.path}.where`, group: cond.q }, visit);
      return;
    case 'some-row':
    case 'every-row':
    case 'share':
      walkCondition(cond.where, { path: `${scope.path}.where`, group: cond.q }, visit);
      return;
    case 'answered':
    case 'equals':
    case 'one-of':
    case 'includes':
    case 'includes-any':
    case 'includes-all':
    case 'compare':
    case 'date-within':
      return;
    default:
      throw unknownOperator(cond);
  }
}

/** Question ids a condition reads, including those named by date bounds. */
export function collectQuestionRefs(cond: Condition): Set<string> {
  const refs = new Set<string>();
  walkCondition(cond, { path: '' }, (node) => {
    if ('q' in node && typeof node.q === 'string') refs.add(node.q);
    if (node.op === 'date-within') {
      for (const bound of [node.from, node.to]) if (bound && 'q' in bound) refs.add(bound.q);
    }
  });
  return refs;
}

export function boundQuestion(bound: DateBound | undefined): string | undefined {
  return bound && 'q' in bound ? bound.q : undefined;
}

/** The error an exhaustive switch raises if content slipped past the schema with a new op. */
export function unknownOperator(cond: never): Error {
  const op = (cond as { op?: unknown }).op;
  return new Error(
    `Unknown condition operator ${JSON.stringify(op)}: the content does not match this engine version`,
  );
}
