import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/modules/cities/roles.js';
import { DIALECTS } from './test-database.js';
import { type TestApp, type TestUser, createTestApp } from './test-app.js';

type Caller = Role | 'network-admin' | 'other-city-admin' | 'signed-out';
const CALLERS: Caller[] = [
  'city-admin',
  'coordinator',
  'editor',
  'contributor',
  'viewer',
  'network-admin',
  'other-city-admin',
  'signed-out',
];

interface Fixture {
  cityId: string;
  targetMemberId: string;
  invitationId: string;
}

interface RouteCase {
  method: 'GET' | 'PATCH' | 'POST' | 'DELETE';
  /** OpenAPI-style path, used to check the table covers every city route. */
  path: string;
  url(f: Fixture): string;
  body?: unknown;
  /** Expected status per caller, written out by hand from the policy in API.md. */
  expected: Record<Caller, number>;
}

const ONLY_ADMIN = (ok: number): Record<Caller, number> => ({
  'city-admin': ok,
  coordinator: 403,
  editor: 403,
  contributor: 403,
  viewer: 403,
  'network-admin': 403,
  'other-city-admin': 404,
  'signed-out': 401,
});

const ANY_MEMBER_OR_NETWORK_ADMIN: Record<Caller, number> = {
  'city-admin': 200,
  coordinator: 200,
  editor: 200,
  contributor: 200,
  viewer: 200,
  'network-admin': 200,
  'other-city-admin': 404,
  'signed-out': 401,
};

const ROUTES: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/v1/cities/{cityId}',
    url: (f) => `/api/v1/cities/${f.cityId}`,
    expected: ANY_MEMBER_OR_NETWORK_ADMIN,
  },
  {
    method: 'PATCH',
    path: '/api/v1/cities/{cityId}',
    url: (f) => `/api/v1/cities/${f.cityId}`,
    body: { name: 'Renamed by caller' },
    expected: ONLY_ADMIN(200),
  },
  {
    method: 'GET',
    path: '/api/v1/cities/{cityId}/members',
    url: (f) => `/api/v1/cities/${f.cityId}/members`,
    expected: ANY_MEMBER_OR_NETWORK_ADMIN,
  },
  {
    method: 'PATCH',
    path: '/api/v1/cities/{cityId}/members/{userId}',
    url: (f) => `/api/v1/cities/${f.cityId}/members/${f.targetMemberId}`,
    body: { role: 'contributor' },
    expected: ONLY_ADMIN(200),
  },
  {
    method: 'DELETE',
    path: '/api/v1/cities/{cityId}/members/{userId}',
    url: (f) => `/api/v1/cities/${f.cityId}/members/${f.targetMemberId}`,
    expected: ONLY_ADMIN(204),
  },
  {
    method: 'GET',
    path: '/api/v1/cities/{cityId}/invitations',
    url: (f) => `/api/v1/cities/${f.cityId}/invitations`,
    expected: ONLY_ADMIN(200),
  },
  {
    method: 'POST',
    path: '/api/v1/cities/{cityId}/invitations',
    url: (f) => `/api/v1/cities/${f.cityId}/invitations`,
    body: { email: 'newcomer@example.org', role: 'viewer' },
    expected: ONLY_ADMIN(201),
  },
  {
    method: 'DELETE',
    path: '/api/v1/cities/{cityId}/invitations/{invitationId}',
    url: (f) => `/api/v1/cities/${f.cityId}/invitations/${f.invitationId}`,
    expected: ONLY_ADMIN(204),
  },
];

describe.each(DIALECTS)('access to every /cities/:cityId route, per role (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A fresh city per case, so a successful write in one case cannot affect another. */
  async function setUp(): Promise<{ fixture: Fixture; callers: Record<Caller, TestUser | null> }> {
    const members = {} as Record<Role, TestUser>;
    for (const role of ['city-admin', 'coordinator', 'editor', 'contributor', 'viewer'] as const) {
      members[role] = await t.createUser();
    }
    const target = await t.createUser();
    const cityId = await t.createCity({
      members: [
        ...Object.entries(members).map(([role, user]) => ({ user, role: role as Role })),
        { user: target, role: 'viewer' },
      ],
    });
    const otherAdmin = await t.createUser();
    await t.createCity({ name: 'Other city', members: [{ user: otherAdmin, role: 'city-admin' }] });
    const invitation = await t.request('POST', `/api/v1/cities/${cityId}/invitations`, {
      cookie: await t.cookieFor(members['city-admin']),
      body: { email: `pending-${target.id}@example.org`, role: 'editor' },
    });
    return {
      fixture: { cityId, targetMemberId: target.id, invitationId: invitation.json().invitation.id },
      callers: {
        ...members,
        'network-admin': await t.createUser({ isNetworkAdmin: true }),
        'other-city-admin': otherAdmin,
        'signed-out': null,
      },
    };
  }

  async function snapshot(cityId: string) {
    const { db } = t.database;
    return {
      city: await db.selectFrom('cities').selectAll().where('id', '=', cityId).execute(),
      members: await db
        .selectFrom('memberships')
        .selectAll()
        .where('city_id', '=', cityId)
        .orderBy('user_id')
        .execute(),
      invitations: await db
        .selectFrom('invitations')
        .selectAll()
        .where('city_id', '=', cityId)
        .orderBy('id')
        .execute(),
    };
  }

  const cases = ROUTES.flatMap((route) => CALLERS.map((caller) => ({ route, caller })));

  it.each(cases)('$route.method $route.path as $caller', async ({ route, caller }) => {
    const { fixture, callers } = await setUp();
    const user = callers[caller];
    const before = await snapshot(fixture.cityId);
    const response = await t.request(route.method, route.url(fixture), {
      ...(user ? { cookie: await t.cookieFor(user) } : {}),
      ...(route.body !== undefined ? { body: route.body } : {}),
    });
    expect(response.statusCode).toBe(route.expected[caller]);
    if (response.statusCode >= 400) {
      const expectedCode = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' }[
        response.statusCode
      ];
      expect(response.json().error.code).toBe(expectedCode);
      // A refused request changes nothing.
      expect(await snapshot(fixture.cityId)).toEqual(before);
    }
  });

  it('the table covers every /cities/{cityId} route in the OpenAPI document', async () => {
    const spec = (await t.request('GET', '/api/openapi.json')).json();
    const documented = Object.entries(spec.paths as Record<string, Record<string, unknown>>)
      // Workspace routes (strategies and the audit log) have their own table in
      // test/workspace/workspace-access.test.ts.
      .filter(([path]) => path.startsWith('/api/v1/cities/{cityId}'))
      .filter(([path]) => !/^\/api\/v1\/cities\/\{cityId\}\/(strategies|audit)/.test(path))
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(ROUTES.map((route) => `${route.method} ${route.path}`).sort()).toEqual(documented);
  });

  it('a member of another city gets 404 even for malformed bodies', async () => {
    const { fixture, callers } = await setUp();
    const outsider = callers['other-city-admin'] as TestUser;
    const response = await t.request('PATCH', `/api/v1/cities/${fixture.cityId}`, {
      cookie: await t.cookieFor(outsider),
      body: { name: 42, unexpected: true },
    });
    expect(response.statusCode).toBe(404);
  });
});
