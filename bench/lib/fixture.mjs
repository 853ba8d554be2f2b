import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { httpJson } from './processes.mjs';
import { serverModule } from './paths.mjs';

/** Team members added to the demo city so the read returns a realistic list, not four rows. */
export const EXTRA_MEMBERS = 20;
const EXTRA_ROLES = ['coordinator', 'editor', 'contributor', 'viewer'];
export const DEMO_COORDINATOR = {
  email: 'coordinator@demo.concord.test',
  password: 'concord-demo-2026',
};

async function seed(target) {
  const { openDatabase } = await import(serverModule('db/database.js'));
  const { migrateToLatest } = await import(serverModule('db/migrate.js'));
  const { seedDemo } = await import(serverModule('cli/demo-data.js'));
  const { createArgon2Hasher } = await import(serverModule('modules/auth/password-hasher.js'));
  const handle = openDatabase(target);
  try {
    await migrateToLatest(handle.db);
    const { cityId } = await seedDemo(handle.db, createArgon2Hasher());
    const now = new Date().toISOString();
    for (let index = 1; index <= EXTRA_MEMBERS; index += 1) {
      const userId = randomUUID();
      const label = String(index).padStart(2, '0');
      await handle.db
        .insertInto('users')
        .values({
          id: userId,
          email: `member-${label}@bench.concord.test`,
          name: `Bench member ${label}`,
          // Nobody signs in as these members; a value that is not a hash never verifies.
          password_hash: 'no-sign-in',
          locale: 'en',
          is_network_admin: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await handle.db
        .insertInto('memberships')
        .values({
          city_id: cityId,
          user_id: userId,
          role: EXTRA_ROLES[index % EXTRA_ROLES.length],
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    return cityId;
  } finally {
    await handle.close();
  }
}

/** A fresh SQLite install in `dir`, migrated, with the demo city and its extra members. */
export async function prepareSqliteInstall(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cityId = await seed({ kind: 'sqlite', file: path.join(dir, 'concord.db') });
  return { dataDir: dir, dbFile: path.join(dir, 'concord.db'), cityId };
}

/** A fresh PostgreSQL database (dropped and created again) seeded like the SQLite one. */
export async function preparePostgresInstall({ adminUrl, database }) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.query(`create database ${database}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const cityId = await seed({ kind: 'postgres', url: url.toString() });
  return { url: url.toString(), cityId };
}

export async function dropPostgresDatabase({ adminUrl, database }) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${database} with (force)`);
  } finally {
    await admin.end();
  }
}

/** Signs in through the API like a browser would and returns the Cookie header. */
export async function signIn(baseUrl, account = DEMO_COORDINATOR) {
  const response = await httpJson(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    body: account,
    headers: { origin: baseUrl },
  });
  if (response.status !== 200) {
    throw new Error(`sign-in answered ${response.status}: ${response.body}`);
  }
  const setCookie = [response.headers['set-cookie'] ?? []].flat()[0] ?? '';
  return setCookie.split(';')[0];
}
