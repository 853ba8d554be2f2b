import type { Db } from '../../db/database.js';
import type { CityRow } from '../../db/tables.js';

export async function findCityById(db: Db, cityId: string): Promise<CityRow | undefined> {
  return db.selectFrom('cities').selectAll().where('id', '=', cityId).executeTakeFirst();
}

export async function cityExists(db: Db, cityId: string): Promise<boolean> {
  const row = await db
    .selectFrom('cities')
    .select('id')
    .where('id', '=', cityId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countCities(db: Db): Promise<number> {
  const row = await db
    .selectFrom('cities')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Every city with the user's role in it (null where not a member): the network admin's view. */
export async function listAllCitiesWithRole(db: Db, userId: string) {
  return db
    .selectFrom('cities')
    .leftJoin('memberships', (join) =>
      join.onRef('memberships.city_id', '=', 'cities.id').on('memberships.user_id', '=', userId),
    )
    .selectAll('cities')
    .select('memberships.role')
    .orderBy('cities.name')
    .execute();
}

export async function listCitiesOfMember(db: Db, userId: string) {
  return db
    .selectFrom('cities')
    .innerJoin('memberships', 'memberships.city_id', 'cities.id')
    .selectAll('cities')
    .select('memberships.role')
    .where('memberships.user_id', '=', userId)
    .orderBy('cities.name')
    .execute();
}

export async function insertCity(db: Db, row: CityRow): Promise<void> {
  await db.insertInto('cities').values(row).execute();
}

export async function updateCity(
  db: Db,
  cityId: string,
  changes: Partial<Pick<CityRow, 'name' | 'languages' | 'time_zone'>> & { updated_at: string },
): Promise<void> {
  await db.updateTable('cities').set(changes).where('id', '=', cityId).execute();
}

/**
 * Takes the city's row lock for the rest of the transaction (PostgreSQL row lock, SQLite write
 * lock), so two concurrent membership changes cannot both remove the last admin.
 */
export async function lockCity(db: Db, cityId: string): Promise<void> {
  await db
    .updateTable('cities')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', cityId)
    .execute();
}
