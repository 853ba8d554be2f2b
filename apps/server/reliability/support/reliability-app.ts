import path from 'node:path';
import { Writable } from 'node:stream';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { newId } from '../../src/lib/ids.js';
import { toTimestamp } from '../../src/lib/time.js';
import { TEST_ARGON2_COST, createArgon2Hasher } from '../../src/modules/auth/password-hasher.js';
import { startSession } from '../../src/modules/auth/session.service.js';
import { TEST_ORIGIN, TEST_PASSWORD, type TestApp } from '../../test/test-app.js';
import { createTestDatabase } from '../../test/test-database.js';

export interface ReliabilityApp extends TestApp {
  /** Error log lines the app wrote for a request id (why a 500 happened). */
  errorsFor(requestId: string): string[];
}

/**
 * The same app as the HTTP tests' createTestApp, on SQLite, except that errors are logged into
 * memory: a 5xx found by the suite is reported with the error that caused it.
 */
export async function createReliabilityApp(): Promise<ReliabilityApp> {
  const database = await createTestDatabase('sqlite');
  const config = loadConfig({
    DATA_DIR: database.dataDir,
    LOG_LEVEL: 'error',
    PUBLIC_URL: TEST_ORIGIN,
    WEB_DIST_DIR: path.join(database.dataDir, 'no-web-build'),
  });
  const errorLines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      errorLines.push(chunk.toString());
      if (errorLines.length > 1_000) errorLines.shift();
      done();
    },
  });
  const passwords = createArgon2Hasher(TEST_ARGON2_COST);
  const app = await buildApp(config, {
    db: database.db,
    passwords,
    logger: { level: 'error', stream },
  });
  await app.ready();
  const { db } = database;
  let counter = 0;

  return {
    app,
    database,
    config,
    dialect: 'sqlite',
    errorsFor: (requestId) => errorLines.filter((line) => line.includes(requestId)),
    async createUser({ email, name, isNetworkAdmin = false } = {}) {
      counter += 1;
      const user = {
        id: newId(),
        email: (email ?? `person-${counter}-${newId().slice(0, 8)}@example.org`).toLowerCase(),
        name: name ?? `Person ${counter}`,
        password: TEST_PASSWORD,
      };
      const now = toTimestamp(new Date());
      await db
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          name: user.name,
          password_hash: await passwords.hash(user.password),
          locale: 'en',
          is_network_admin: isNetworkAdmin ? 1 : 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return user;
    },
    async createCity({ name = 'Testville', members = [] } = {}) {
      const id = newId();
      const now = toTimestamp(new Date());
      await db
        .insertInto('cities')
        .values({
          id,
          name,
          country: 'FR',
          languages: JSON.stringify(['fr', 'en']),
          time_zone: 'Europe/Paris',
          created_at: now,
          updated_at: now,
        })
        .execute();
      for (const { user, role } of members) {
        await db
          .insertInto('memberships')
          .values({ city_id: id, user_id: user.id, role, created_at: now, updated_at: now })
          .execute();
      }
      return id;
    },
    async cookieFor(user) {
      const session = await startSession(db, user.id, new Date());
      return `${config.sessionCookie.name}=${session.token}`;
    },
    async request(method, url, { cookie, body, headers = {} } = {}) {
      const allHeaders: Record<string, string> = { origin: TEST_ORIGIN, ...headers };
      if (cookie) allHeaders.cookie = cookie;
      if (body !== undefined && !('content-type' in allHeaders)) {
        allHeaders['content-type'] = 'application/json';
      }
      return app.inject({
        method,
        url,
        headers: allHeaders,
        ...(body !== undefined
          ? { payload: typeof body === 'string' ? body : JSON.stringify(body) }
          : {}),
      });
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
