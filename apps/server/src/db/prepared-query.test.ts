import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';
import { prepareQuery } from './prepared-query.js';

const findUsersNamed = prepareQuery<{ name: string; locale: string }, { id: string }>((db, value) =>
  db
    .selectFrom('users')
    .select('id')
    .where('name', '=', value('name'))
    .where('locale', '=', value('locale'))
    .where('is_network_admin', '=', 0)
    .orderBy('id'),
);

let handle: DatabaseHandle;

beforeEach(async () => {
  handle = openDatabase({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(handle.db);
  const now = new Date().toISOString();
  for (const [id, name, locale, admin] of [
    ['u1', 'Amina', 'en', 0],
    ['u2', 'Amina', 'ar', 0],
    ['u3', 'Lars', 'en', 0],
    ['u4', 'Amina', 'en', 1],
  ] as const) {
    await handle.db
      .insertInto('users')
      .values({
        id,
        email: `${id}@example.test`,
        name,
        password_hash: 'x',
        locale,
        is_network_admin: admin,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
});

afterEach(async () => {
  await handle.close();
});

describe('prepareQuery', () => {
  it('runs the compiled query with each call’s values and keeps constants as built', async () => {
    expect(await findUsersNamed(handle.db, { name: 'Amina', locale: 'en' })).toEqual([
      { id: 'u1' },
    ]);
    expect(await findUsersNamed(handle.db, { name: 'Amina', locale: 'ar' })).toEqual([
      { id: 'u2' },
    ]);
    expect(await findUsersNamed(handle.db, { name: 'Lars', locale: 'en' })).toEqual([{ id: 'u3' }]);
    expect(await findUsersNamed(handle.db, { name: 'Nobody', locale: 'en' })).toEqual([]);
  });

  it('gives the same rows as the same query built each time', async () => {
    const built = await handle.db
      .selectFrom('users')
      .select('id')
      .where('name', '=', 'Amina')
      .where('locale', '=', 'en')
      .where('is_network_admin', '=', 0)
      .orderBy('id')
      .execute();
    expect(await findUsersNamed(handle.db, { name: 'Amina', locale: 'en' })).toEqual(built);
  });

  it('compiles separately for each database', async () => {
    const other = openDatabase({ kind: 'sqlite', file: ':memory:' });
    try {
      await migrateToLatest(other.db);
      expect(await findUsersNamed(other.db, { name: 'Amina', locale: 'en' })).toEqual([]);
      expect(await findUsersNamed(handle.db, { name: 'Amina', locale: 'en' })).toEqual([
        { id: 'u1' },
      ]);
    } finally {
      await other.close();
    }
  });
});
