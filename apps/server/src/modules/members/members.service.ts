import type { Db } from '../../db/database.js';
import { AppError } from '../../errors/app-error.js';
import { toTimestamp } from '../../lib/time.js';
import { recordChange } from '../audit/audit.service.js';
import { type CityActor, assertCan } from '../cities/city-access.js';
import { lockCity } from '../cities/cities.repository.js';
import { type Role, isRole } from '../cities/roles.js';
import { type Member, compareMembers, memberRowToMember } from './member.js';
import {
  countCityAdmins,
  deleteMembership,
  findMember,
  findMemberRole,
  listMembersOfCity,
  updateMemberRole,
} from './members.repository.js';

const LAST_ADMIN_MESSAGE =
  'A city needs at least one city admin. Make someone else a city admin first.';

export async function listMembers(actor: CityActor, db: Db): Promise<Member[]> {
  assertCan(actor, 'members.view');
  const rows = await listMembersOfCity(db, actor.city.cityId);
  return rows.map(memberRowToMember).sort(compareMembers);
}

async function loadMember(db: Db, cityId: string, userId: string): Promise<Member> {
  const row = await findMember(db, cityId, userId);
  if (!row) throw new AppError('not_found');
  return memberRowToMember(row);
}

/**
 * Inside the locked transaction, re-reads the actor's own role: a concurrent change may have
 * just taken their admin right away, and the hook's earlier check would then be stale.
 */
async function assertStillAllowed(db: Db, actor: CityActor): Promise<void> {
  const role = await findMemberRole(db, actor.city.cityId, actor.userId);
  const fresh = {
    ...actor,
    city: { ...actor.city, actorRole: role !== undefined && isRole(role) ? role : null },
  };
  assertCan(fresh, 'members.manage');
}

async function assertAnotherAdminRemains(db: Db, cityId: string, member: Member): Promise<void> {
  if (member.role !== 'city-admin') return;
  if ((await countCityAdmins(db, cityId)) <= 1) throw new AppError('conflict', LAST_ADMIN_MESSAGE);
}

export async function changeMemberRole(
  input: { userId: string; role: Role },
  actor: CityActor,
  db: Db,
): Promise<Member> {
  assertCan(actor, 'members.manage');
  const { cityId } = actor.city;
  return db.transaction().execute(async (trx) => {
    await lockCity(trx, cityId);
    await assertStillAllowed(trx, actor);
    const member = await loadMember(trx, cityId, input.userId);
    if (member.role === input.role) return member;
    if (input.role !== 'city-admin') await assertAnotherAdminRemains(trx, cityId, member);
    await updateMemberRole(trx, {
      cityId,
      userId: input.userId,
      role: input.role,
      updatedAt: toTimestamp(new Date()),
    });
    await recordChange(trx, {
      cityId,
      actorId: actor.userId,
      action: 'member.role-change',
      entityType: 'member',
      entityId: input.userId,
      before: { name: member.name, role: member.role },
      after: { name: member.name, role: input.role },
    });
    return { ...member, role: input.role };
  });
}

export async function removeMember(
  input: { userId: string },
  actor: CityActor,
  db: Db,
): Promise<void> {
  assertCan(actor, 'members.manage');
  const { cityId } = actor.city;
  await db.transaction().execute(async (trx) => {
    await lockCity(trx, cityId);
    await assertStillAllowed(trx, actor);
    const member = await loadMember(trx, cityId, input.userId);
    await assertAnotherAdminRemains(trx, cityId, member);
    await deleteMembership(trx, cityId, input.userId);
    await recordChange(trx, {
      cityId,
      actorId: actor.userId,
      action: 'member.remove',
      entityType: 'member',
      entityId: input.userId,
      before: { name: member.name, role: member.role },
      after: null,
    });
  });
}
