import type { Db } from '../../db/database.js';
import { invalidFields } from '../../errors/app-error.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import type { CityActor } from '../cities/city-access.js';
import type { ContentCatalog } from '../content/content-catalog.js';
import { assertWorkspaceCan } from '../strategies/strategies.policy.js';
import { assertStrategyWritable, loadStrategy } from '../strategies/strategy-access.js';
import { type Assignment, assignmentRowToAssignment } from './assignment.js';
import {
  findMemberRoles,
  listAssignmentRows,
  listSectionAssigneeIds,
  replaceSectionAssignees,
} from './assignments.repository.js';

export async function listAssignments(
  db: Db,
  { cityId, strategyId }: { cityId: string; strategyId: string },
): Promise<Assignment[]> {
  return (await listAssignmentRows(db, cityId, strategyId)).map(assignmentRowToAssignment);
}

/**
 * Sets who is responsible for a section. Only members of the city who can edit answers may be
 * assigned (a viewer could not act on it). Returns every assignment of the strategy.
 */
export async function setSectionAssignees(
  input: { strategyId: string; sectionId: string; userIds: string[] },
  actor: CityActor,
  db: Db,
  catalog: ContentCatalog,
): Promise<Assignment[]> {
  assertWorkspaceCan(actor, 'assignments.manage');
  const strategy = await loadStrategy(db, actor, input.strategyId);
  assertStrategyWritable(strategy, catalog);
  if (!catalog.compiled.en.sectionsById.has(input.sectionId)) {
    throw invalidFields([
      {
        path: 'params.sectionId',
        message: `There is no section with this id in content version ${catalog.version}.`,
      },
    ]);
  }
  const { cityId } = actor.city;
  const userIds = [...new Set(input.userIds)];
  return db.transaction().execute(async (trx) => {
    const roles = await findMemberRoles(trx, cityId, userIds);
    const problems = input.userIds.flatMap((userId, index) => {
      const role = roles.get(userId);
      if (role === undefined) {
        return [
          { path: `body.userIds.${index}`, message: 'This person is not a member of the city.' },
        ];
      }
      if (role === 'viewer') {
        return [
          {
            path: `body.userIds.${index}`,
            message: 'Viewers cannot edit answers. Give this person another role first.',
          },
        ];
      }
      return [];
    });
    if (problems.length > 0) throw invalidFields(problems);

    const before = (
      await listSectionAssigneeIds(trx, {
        cityId,
        strategyId: strategy.id,
        sectionId: input.sectionId,
      })
    ).sort();
    const after = [...userIds].sort();
    if (before.join('\n') !== after.join('\n')) {
      await replaceSectionAssignees(trx, {
        cityId,
        strategyId: strategy.id,
        sectionId: input.sectionId,
        userIds,
        assignedBy: actor.userId,
        assignedAt: toTimestamp(new Date()),
      });
      await recordChange(trx, {
        cityId,
        actorId: actor.userId,
        action: 'assignment.set',
        entityType: 'assignment',
        entityId: input.sectionId,
        strategyId: strategy.id,
        before: { userIds: before },
        after: { userIds: after },
      });
    }
    return listAssignments(trx, { cityId, strategyId: strategy.id });
  });
}
