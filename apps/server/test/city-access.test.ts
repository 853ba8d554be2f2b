import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  EVERY_ROLE,
  type RouteCase,
  createUserPerRole,
  itChecksEveryRouteAndCaller,
  listDocumentedRoutes,
  listTableRoutes,
  statusesFor,
  toMemberships,
} from './route-access.js';
import { DIALECTS } from './test-database.js';
import { type TestApp, type TestUser, createTestApp } from './test-app.js';

interface Fixture {
  cityId: string;
  targetMemberId: string;
  invitationId: string;
}

// Expected statuses written out by hand from the policy in API.md.
const ONLY_ADMIN = (ok: number) => statusesFor(ok, ['city-admin']);
const ANY_MEMBER_OR_NETWORK_ADMIN = statusesFor(200, EVERY_ROLE, 200);

// Workspace routes (strategies and the audit log) have their own table in
// test/workspace/workspace-access.test.ts.
const isCityPath = (path: string) =>
  path.startsWith('/api/v1/cities/{cityId}') &&
  !/^\/api\/v1\/cities\/\{cityId\}\/(strategies|audit)/.test(path);

const ROUTES: RouteCase<Fixture>[] = [
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
    body: () => ({ name: 'Renamed by caller' }),
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
    body: () => ({ role: 'contributor' }),
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
    body: () => ({ email: 'newcomer@example.org', role: 'viewer' }),
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
    const members = await createUserPerRole(t);
    const target = await t.createUser();
    const cityId = await t.createCity({
      members: [...toMemberships(members), { user: target, role: 'viewer' }],
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

  // A refused request changes nothing: the helper compares the snapshots before and after.
  itChecksEveryRouteAndCaller({
    routes: ROUTES,
    app: () => t,
    setUp,
    snapshot: (fixture) => snapshot(fixture.cityId),
  });

  it('the table covers every /cities/{cityId} route in the OpenAPI document', async () => {
    expect(listTableRoutes(ROUTES)).toEqual(await listDocumentedRoutes(t, isCityPath));
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
