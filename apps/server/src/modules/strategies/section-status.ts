import type { Evaluation, SectionCompleteness } from '@concord/domain';

export const SECTION_STATUSES = [
  'not-started',
  'in-progress',
  'completed',
  'has-critical',
] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export interface SectionProgress {
  sectionId: string;
  status: SectionStatus;
  answered: number;
  applicable: number;
  required: number;
  requiredAnswered: number;
}

/**
 * The task-list status of a section. A section nobody has touched is "not started" even if
 * the engine already raises a gap there (an empty section says little yet); once started, an
 * unaccepted critical gap in it outranks everything. "Completed" means every required question
 * that applies is answered, or, in a section with no required question, every one that applies.
 */
export function describeSectionStatus(
  progress: SectionCompleteness,
  hasOpenCritical: boolean,
): SectionStatus {
  if (progress.answered === 0) return 'not-started';
  if (hasOpenCritical) return 'has-critical';
  const isDone =
    progress.required > 0 ? progress.isComplete : progress.answered >= progress.applicable;
  return isDone ? 'completed' : 'in-progress';
}

export function describeSectionProgress(
  evaluation: Evaluation,
  acceptedRuleIds: ReadonlySet<string>,
): SectionProgress[] {
  const openCriticalSections = new Set(
    evaluation.findings
      .filter((f) => f.severity === 'critical' && !acceptedRuleIds.has(f.ruleId))
      .map((f) => f.section),
  );
  return evaluation.completeness.map((progress) => ({
    sectionId: progress.section,
    status: describeSectionStatus(progress, openCriticalSections.has(progress.section)),
    answered: progress.answered,
    applicable: progress.applicable,
    required: progress.required,
    requiredAnswered: progress.requiredAnswered,
  }));
}
