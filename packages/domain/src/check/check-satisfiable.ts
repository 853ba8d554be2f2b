import type { Condition } from '../content/condition.schema.js';

/**
 * A cheap, purely syntactic test that a condition can never hold: a conjunction that asks the
 * same answer to be two different things, or to be both unanswered and something. It does not
 * try to be complete; it catches the mistakes content authors actually make.
 */
export function isObviouslyUnsatisfiable(cond: Condition): boolean {
  switch (cond.op) {
    case 'any':
      return cond.of.every(isObviouslyUnsatisfiable);
    case 'all':
      return cond.of.some(isObviouslyUnsatisfiable) || hasConflict(cond.of);
    default:
      return false;
  }
}

function hasConflict(children: Condition[]): boolean {
  const allowed = new Map<string, Set<string | number | boolean>>();
  const mustBeAnswered = new Set<string>();
  const mustBeEmpty = new Set<string>();
  const excluded = new Map<string, Set<string | number | boolean>>();

  for (const child of children) {
    const key = subjectKey(child);
    if (child.op === 'equals' || child.op === 'one-of') {
      if (!key) continue;
      const values = new Set<string | number | boolean>(
        child.op === 'equals' ? [child.value] : child.values,
      );
      const previous = allowed.get(key);
      allowed.set(key, previous ? new Set([...previous].filter((v) => values.has(v))) : values);
      mustBeAnswered.add(key);
    } else if (key) {
      // Every other leaf (answered, includes, compare, date-within) needs an answer to hold.
      mustBeAnswered.add(key);
    } else if (child.op === 'not') {
      const inner = child.cond;
      const innerKey = subjectKey(inner);
      if (innerKey && inner.op === 'answered') mustBeEmpty.add(innerKey);
      if (innerKey && inner.op === 'equals') {
        excluded.set(innerKey, new Set([...(excluded.get(innerKey) ?? []), inner.value]));
      }
    }
  }
  for (const [key, values] of allowed) {
    const remaining = [...values].filter((v) => !excluded.get(key)?.has(v));
    if (remaining.length === 0) return true;
  }
  return [...mustBeEmpty].some((key) => mustBeAnswered.has(key));
}

function subjectKey(cond: Condition): string | undefined {
  if (
    'q' in cond &&
    typeof cond.q === 'string' &&
    !('where' in cond) &&
    cond.op !== 'distinct-count'
  )
    return `q:${cond.q}`;
  if ('field' in cond && typeof cond.field === 'string' && cond.op !== 'distinct-count')
    return `field:${cond.field}`;
  return undefined;
}
