import type { Db } from '../../db/database.js';
import type { MembershipRow } from '../../db/tables.js';

/** The actor's role in one city, or undefined when not a member. Runs on every city request. */
export async function findMemberRole(db: Db, cityId: string, userId: string) {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('city_id', '=', cityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

export async function listMembershipsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('cities', 'cities.id', 'memberships.city_id')
    .select(['cities.id as city_id', 'cities.name as city_name', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('cities.name')
    .execute();
}

export async function listMembersOfCity(db: Db, cityId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id as user_id',
      'users.name',
      'users.email',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.city_id', '=', cityId)
    .execute();
}

export async function findMember(db: Db, cityId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id as user_id',
      'users.name',
      'users.email',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.city_id', '=', cityId)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst();
}

export async function isEmailMemberOfCity(db: Db, cityId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('memberships.user_id')
    .where('memberships.city_id', '=', cityId)
    .where('users.email', '=', email)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countCityAdmins(db: Db, cityId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('city_id', '=', cityId)
    .where('role', '=', 'city-admin')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertMembership(db: Db, row: MembershipRow): Promise<void> {
  await db.insertInto('memberships').values(row).execute();
}

export async function updateMemberRole(
  db: Db,
  {
    cityId,
    userId,
    role,
    updatedAt,
  }: { cityId: string; userId: string; role: string; updatedAt: string },
): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ role, updated_at: updatedAt })
    .where('city_id', '=', cityId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(db: Db, cityId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('memberships')
    .where('city_id', '=', cityId)
    .where('user_id', '=', userId)
    .execute();
}
