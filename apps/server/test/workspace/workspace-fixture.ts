import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { type DialectName, openDatabase } from '../../src/db/database.js';
import { TEST_ARGON2_COST, createArgon2Hasher } from '../../src/modules/auth/password-hasher.js';
import type { Role } from '../../src/modules/cities/roles.js';
import {
  type ContentCatalog,
  createContentSource,
} from '../../src/modules/content/content-catalog.js';
import { TEST_ORIGIN, type TestApp, type TestUser, createTestApp } from '../test-app.js';
import { TEST_DATABASE_URL } from '../test-database.js';

/** One content load per test file: reading and checking the YAML takes a moment. */
export async function createWorkspaceApp(dialect: DialectName) {
  const content = createContentSource();
  const catalog: ContentCatalog = await content.get();
  const t = await createTestApp(dialect, { content });
  return { t, catalog };
}

export interface Team {
  cityId: string;
  strategyId: string;
  people: Record<Role, TestUser>;
  cookies: Record<Role, string>;
}

const ROLES_IN_TEAM: Role[] = ['city-admin', 'coordinator', 'editor', 'contributor', 'viewer'];

/** A city with one member of each role and a strategy 2025-2028 created by its coordinator. */
export async function createTeam(t: TestApp): Promise<Team> {
  const people = {} as Record<Role, TestUser>;
  for (const role of ROLES_IN_TEAM) people[role] = await t.createUser({ name: `The ${role}` });
  const cityId = await t.createCity({
    members: ROLES_IN_TEAM.map((role) => ({ user: people[role], role })),
  });
  const cookies = {} as Record<Role, string>;
  for (const role of ROLES_IN_TEAM) cookies[role] = await t.cookieFor(people[role]);
  const created = await t.request('POST', `/api/v1/cities/${cityId}/strategies`, {
    cookie: cookies.coordinator,
    body: { title: 'Strategy 2025-2028', startYear: 2025, endYear: 2028 },
  });
  if (created.statusCode !== 201) throw new Error(`strategy not created: ${created.body}`);
  return { cityId, strategyId: created.json().strategy.id, people, cookies };
}

export function strategyUrl(team: Pick<Team, 'cityId' | 'strategyId'>, rest = ''): string {
  return `/api/v1/cities/${team.cityId}/strategies/${team.strategyId}${rest}`;
}

export function answerUrl(team: Pick<Team, 'cityId' | 'strategyId'>, questionId: string): string {
  return strategyUrl(team, `/answers/${encodeURIComponent(questionId)}`);
}

export function fieldPaths(response: LightMyRequestResponse): string[] {
  return (response.json().error.fields ?? []).map((f: { path: string }) => f.path);
}

/**
 * A second server over the same PostgreSQL schema: what two instances behind a load balancer
 * look like. Sessions live in the database, so the same cookies work on both.
 */
export async function createSecondInstance(t: TestApp, catalog: ContentCatalog) {
  if (t.dialect !== 'postgres' || !TEST_DATABASE_URL) {
    throw new Error('a second instance needs PostgreSQL');
  }
  const handle = openDatabase(
    { kind: 'postgres', url: TEST_DATABASE_URL },
    { searchPath: t.database.location, maxConnections: 4 },
  );
  const app = await buildApp(t.config, {
    db: handle.db,
    passwords: createArgon2Hasher(TEST_ARGON2_COST),
    logger: false,
    content: { get: async () => catalog },
  });
  await app.ready();
  return {
    request(method: 'PUT' | 'GET', url: string, options: { cookie: string; body?: unknown }) {
      return app.inject({
        method,
        url,
        headers: {
          origin: TEST_ORIGIN,
          cookie: options.cookie,
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}),
      });
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
