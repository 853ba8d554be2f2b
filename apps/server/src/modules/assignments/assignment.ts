import type { listAssignmentRows } from './assignments.repository.js';

/** A person responsible for a section of a strategy (contributors may edit only these). */
export interface Assignment {
  sectionId: string;
  userId: string;
  name: string;
  assignedAt: string;
  assignedBy: { userId: string; name: string } | null;
}

type AssignmentRow = Awaited<ReturnType<typeof listAssignmentRows>>[number];

export function assignmentRowToAssignment(row: AssignmentRow): Assignment {
  return {
    sectionId: row.section_id,
    userId: row.user_id,
    name: row.name,
    assignedAt: row.assigned_at,
    assignedBy:
      row.assigned_by !== null && row.assigned_by_name !== null
        ? { userId: row.assigned_by, name: row.assigned_by_name }
        : null,
  };
}
