import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chooseSessionCookie } from '../../src/config.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { newId } from '../../src/lib/ids.js';
import { toTimestamp } from '../../src/lib/time.js';
import { startSession } from '../../src/modules/auth/session.service.js';
import type { DatabaseTarget } from '../../src/config.js';

export interface PreparedInstall {
  cityId: string;
  /** Cookie header of a city admin who is also a network admin. */
  cookie: string;
  userId: string;
}

/**
 * A migrated install with one city and one signed-in admin, written straight to the database
 * before any server runs (the session survives restarts, like a real browser's).
 */
export async function prepareInstall(
  target: DatabaseTarget,
  publicUrl: string,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<PreparedInstall> {
  const handle: DatabaseHandle = openDatabase(target);
  try {
    if (migrate) await migrateToLatest(handle.db);
    return await addCityWithAdmin(handle, publicUrl);
  } finally {
    await handle.close();
  }
}

export async function addCityWithAdmin(
  handle: DatabaseHandle,
  publicUrl: string,
): Promise<PreparedInstall> {
  const { db } = handle;
  const now = toTimestamp(new Date());
  const cityId = newId();
  const userId = newId();
  await db
    .insertInto('cities')
    .values({
      id: cityId,
      name: 'Crashton',
      country: 'NL',
      languages: JSON.stringify(['en']),
      time_zone: 'Europe/Amsterdam',
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('users')
    .values({
      id: userId,
      email: `admin-${userId.slice(0, 8)}@example.org`,
      name: 'Reliability admin',
      password_hash: 'not-a-hash',
      locale: 'en',
      is_network_admin: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('memberships')
    .values({
      city_id: cityId,
      user_id: userId,
      role: 'city-admin',
      created_at: now,
      updated_at: now,
    })
    .execute();
  const session = await startSession(db, userId, new Date());
  return { cityId, userId, cookie: `${chooseSessionCookie(publicUrl).name}=${session.token}` };
}

export function makeDataDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `concord-${label}-`));
}
