import { isIsoDate } from './dates.js';
import type { Recurrence, Rule, Severity } from '../content/rule.schema.js';
import type { CompiledContent } from './compiled-content.types.js';
import type { EvalContext } from './eval-context.js';
import { evaluateCondition, rowsOf } from './evaluate-condition.js';
import { explainCondition, type TraceEntry } from './explain-condition.js';

export interface Finding {
  ruleId: string;
  kind: Rule['kind'];
  /** Set for gaps; strengths carry none. */
  severity?: Severity;
  section: string;
  title: string;
  why: string;
  actions: string[];
  cites: string[];
  /** Example ids (see content.examples). */
  examples: string[];
  tags: string[];
  /** The leaf conditions, with the answer values, that made the rule hold. */
  trace: TraceEntry[];
  /** Present when the rule defines a recurrence: one task per matching row. */
  recurring?: RecurringTask[];
}

/** A duty that comes back on a fixed rhythm, e.g. a report to national government. */
export interface RecurringTask {
  /** The group row the task comes from (e.g. the mandate that sets the reporting duty). */
  rowId: string;
  /** The option that set the rhythm, e.g. `twice-a-year`. */
  value: string;
  everyMonths: number;
  /** The next due date when the content names a date question for it and it is answered. */
  nextDue: string | null;
  /** Questions whose answers the task draws on. */
  needs: string[];
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, info: 3 };

/** Gaps first by severity, then strengths; ties by rule id, so the order never depends on input order. */
export function compareFindings(a: Finding, b: Finding): number {
  return rankOf(a) - rankOf(b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function rankOf(finding: Finding): number {
  return finding.severity === undefined ? 4 : SEVERITY_RANK[finding.severity];
}

/** Runs every rule over the effective answers; explains only those that fire. */
export function deriveFindings(content: CompiledContent, context: EvalContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of content.rules) {
    if (!evaluateCondition(rule.when, context)) continue;
    findings.push({
      ruleId: rule.id,
      kind: rule.kind,
      ...(rule.kind === 'gap' ? { severity: rule.severity } : {}),
      section: rule.section,
      title: rule.title,
      why: rule.why,
      actions: rule.actions,
      cites: rule.cites,
      examples: rule.examples ?? [],
      tags: rule.tags ?? [],
      trace: explainCondition(rule.when, context, true),
      ...(rule.recurrence ? { recurring: deriveRecurringTasks(rule.recurrence, context) } : {}),
    });
  }
  return findings.sort(compareFindings);
}

function deriveRecurringTasks(recurrence: Recurrence, context: EvalContext): RecurringTask[] {
  const due = recurrence.nextDue === undefined ? undefined : context.values.get(recurrence.nextDue);
  const tasks: RecurringTask[] = [];
  for (const row of rowsOf(recurrence.q, context)) {
    const value = row[recurrence.field];
    if (typeof value !== 'string' || !Object.hasOwn(recurrence.everyMonths, value)) continue;
    tasks.push({
      rowId: row.id,
      value,
      everyMonths: recurrence.everyMonths[value]!,
      nextDue: isIsoDate(due) ? due : null,
      needs: recurrence.needs ?? [],
    });
  }
  return tasks;
}
