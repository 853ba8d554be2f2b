import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppDeps, buildApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import type { DialectName } from '../src/db/database.js';
import { newId } from '../src/lib/ids.js';
import { toTimestamp } from '../src/lib/time.js';
import { TEST_ARGON2_COST, createArgon2Hasher } from '../src/modules/auth/password-hasher.js';
import { startSession } from '../src/modules/auth/session.service.js';
import type { Role } from '../src/modules/cities/roles.js';
import type { ContentSource } from '../src/modules/content/content-catalog.js';
import type { DocumentWorkers } from '../src/workers/document-workers.js';
import { type TestDatabase, createTestDatabase } from './test-database.js';

export const TEST_PASSWORD = 'correct horse battery staple';
export const TEST_ORIGIN = 'http://localhost:3000';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
}

export interface RequestOptions {
  cookie?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  dialect: DialectName;
  createUser(options?: {
    email?: string;
    name?: string;
    isNetworkAdmin?: boolean;
  }): Promise<TestUser>;
  createCity(options?: {
    name?: string;
    members?: { user: TestUser; role: Role }[];
  }): Promise<string>;
  /** A session cookie header for the user, made without going through sign-in. */
  cookieFor(user: TestUser): Promise<string>;
  /** app.inject with JSON body handling and the same-origin header a browser would send. */
  request(
    method: InjectOptions['method'],
    url: string,
    options?: RequestOptions,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

let counter = 0;
function uniqueEmail(prefix = 'person'): string {
  counter += 1;
  return `${prefix}-${counter}-${newId().slice(0, 8)}@example.org`;
}

export async function createTestApp(
  dialect: DialectName,
  options: {
    env?: Record<string, string>;
    content?: ContentSource;
    documentWorkers?: DocumentWorkers;
    /** Where the app logs; silent unless a suite wants to read the errors back. */
    logger?: AppDeps['logger'];
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const config = loadConfig({
    DATA_DIR: database.dataDir,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: TEST_ORIGIN,
    WEB_DIST_DIR: path.join(database.dataDir, 'no-web-build'),
    ...options.env,
  });
  const passwords = createArgon2Hasher(TEST_ARGON2_COST);
  const app = await buildApp(config, {
    db: database.db,
    passwords,
    logger: options.logger ?? false,
    ...(options.content ? { content: options.content } : {}),
    ...(options.documentWorkers ? { documentWorkers: options.documentWorkers } : {}),
  });
  await app.ready();
  const { db } = database;

  const testApp: TestApp = {
    app,
    database,
    config,
    dialect,
    async createUser({ email, name, isNetworkAdmin = false } = {}) {
      const user = {
        id: newId(),
        email: (email ?? uniqueEmail()).toLowerCase(),
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
      if (body !== undefined && !('content-type' in allHeaders))
        allHeaders['content-type'] = 'application/json';
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
  return testApp;
}

/** The session cookie a response set, as a request Cookie header. */
export function sessionCookieFrom(response: LightMyRequestResponse, cookieName: string): string {
  const cookie = response.cookies.find((item) => item.name === cookieName);
  if (!cookie) throw new Error(`response set no ${cookieName} cookie`);
  return `${cookie.name}=${cookie.value}`;
}
