import type { Db } from '../../db/database.js';

/**
 * Assignments of people who are still members of the city: someone who left keeps no rights
 * through an old assignment, and disappears from the task list.
 */
export async function listAssignmentRows(db: Db, cityId: string, strategyId: string) {
  return db
    .selectFrom('section_assignments as a')
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.city_id', '=', 'a.city_id').onRef('m.user_id', '=', 'a.user_id'),
    )
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('users as by', 'by.id', 'a.assigned_by')
    .select([
      'a.section_id',
      'a.user_id',
      'u.name',
      'a.assigned_at',
      'a.assigned_by',
      'by.name as assigned_by_name',
    ])
    .where('a.city_id', '=', cityId)
    .where('a.strategy_id', '=', strategyId)
    .orderBy('a.section_id')
    .orderBy('u.name')
    .execute();
}

export async function listAssignedSectionIds(
  db: Db,
  { cityId, strategyId, userId }: { cityId: string; strategyId: string; userId: string },
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('section_assignments')
    .select('section_id')
    .where('city_id', '=', cityId)
    .where('strategy_id', '=', strategyId)
    .where('user_id', '=', userId)
    .execute();
  return new Set(rows.map((row) => row.section_id));
}

export async function listSectionAssigneeIds(
  db: Db,
  { cityId, strategyId, sectionId }: { cityId: string; strategyId: string; sectionId: string },
): Promise<string[]> {
  const rows = await db
    .selectFrom('section_assignments')
    .select('user_id')
    .where('city_id', '=', cityId)
    .where('strategy_id', '=', strategyId)
    .where('section_id', '=', sectionId)
    .execute();
  return rows.map((row) => row.user_id);
}

/** Members' roles for the given user ids (others are left out: they are not members). */
export async function findMemberRoles(
  db: Db,
  cityId: string,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('memberships')
    .select(['user_id', 'role'])
    .where('city_id', '=', cityId)
    .where('user_id', 'in', [...userIds])
    .execute();
  return new Map(rows.map((row) => [row.user_id, row.role]));
}

/** Makes `userIds` the section's assignees; people who stay keep their original date. */
export async function replaceSectionAssignees(
  db: Db,
  input: {
    cityId: string;
    strategyId: string;
    sectionId: string;
    userIds: readonly string[];
    assignedBy: string;
    assignedAt: string;
  },
): Promise<void> {
  const { cityId, strategyId, sectionId, userIds } = input;
  let removal = db
    .deleteFrom('section_assignments')
    .where('city_id', '=', cityId)
    .where('strategy_id', '=', strategyId)
    .where('section_id', '=', sectionId);
  if (userIds.length > 0) removal = removal.where('user_id', 'not in', [...userIds]);
  await removal.execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('section_assignments')
    .values(
      userIds.map((userId) => ({
        city_id: cityId,
        strategy_id: strategyId,
        section_id: sectionId,
        user_id: userId,
        assigned_by: input.assignedBy,
        assigned_at: input.assignedAt,
      })),
    )
    .onConflict((oc) => oc.columns(['city_id', 'strategy_id', 'section_id', 'user_id']).doNothing())
    .execute();
}
