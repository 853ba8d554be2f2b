import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  EVERY_ROLE,
  type RouteCase,
  createUserPerRole,
  itChecksEveryRouteAndCaller,
  listDocumentedRoutes,
  listTableRoutes,
  requestRoute,
  statusesFor,
  toMemberships,
} from '../route-access.js';
import type { TestApp, TestUser } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import { createWorkspaceApp } from './workspace-fixture.js';

interface Fixture {
  cityId: string;
  strategyId: string;
  contributorId: string;
}

// Expected statuses written out by hand from API-WORKSPACE.md.
const ANYONE_WHO_SEES_THE_CITY = statusesFor(200, EVERY_ROLE, 200);
const COORDINATORS = (ok: number) => statusesFor(ok, ['city-admin', 'coordinator']);

// The contributor of the fixture is assigned to the funding section only.
const EDITORS_OF_MANDATE = (ok: number) => statusesFor(ok, ['city-admin', 'coordinator', 'editor']);

// The routes of this module; other modules hang their own routes under a strategy too.
const WORKSPACE_PATH =
  /^\/api\/v1\/cities\/\{cityId\}\/(audit|strategies(\/\{strategyId\}(\/(answers|sections|assignments|evaluation|accepted-risks)(\/.*)?)?)?)$/;

const MANDATE_QUESTION = 'strategy:mandate:q:own-mandate-possible';
const RISK = 'strategy:rule:FUN-05';

const STRATEGY = '/api/v1/cities/{cityId}/strategies/{strategyId}';
const strategyUrl = (f: Fixture, rest = '') =>
  `/api/v1/cities/${f.cityId}/strategies/${f.strategyId}${rest}`;
const encoded = encodeURIComponent;

const ROUTES: RouteCase<Fixture>[] = [
  {
    method: 'GET',
    path: '/api/v1/cities/{cityId}/strategies',
    url: (f) => `/api/v1/cities/${f.cityId}/strategies`,
    expected: ANYONE_WHO_SEES_THE_CITY,
  },
  {
    method: 'POST',
    path: '/api/v1/cities/{cityId}/strategies',
    url: (f) => `/api/v1/cities/${f.cityId}/strategies`,
    body: () => ({ title: 'Next cycle', startYear: 2029, endYear: 2032 }),
    expected: COORDINATORS(201),
  },
  { method: 'GET', path: STRATEGY, url: (f) => strategyUrl(f), expected: ANYONE_WHO_SEES_THE_CITY },
  {
    method: 'PATCH',
    path: STRATEGY,
    url: (f) => strategyUrl(f),
    body: () => ({ title: 'Renamed' }),
    expected: COORDINATORS(200),
  },
  {
    method: 'GET',
    path: `${STRATEGY}/answers`,
    url: (f) => strategyUrl(f, '/answers'),
    expected: ANYONE_WHO_SEES_THE_CITY,
  },
  {
    method: 'PUT',
    path: `${STRATEGY}/answers/{questionId}`,
    url: (f) => strategyUrl(f, `/answers/${encoded(MANDATE_QUESTION)}`),
    body: () => ({ value: 'yes', baseRevision: 1 }),
    expected: EDITORS_OF_MANDATE(200),
  },
  {
    method: 'DELETE',
    path: `${STRATEGY}/answers/{questionId}`,
    url: (f) => strategyUrl(f, `/answers/${encoded(MANDATE_QUESTION)}?baseRevision=1`),
    expected: EDITORS_OF_MANDATE(204),
  },
  {
    method: 'PUT',
    path: `${STRATEGY}/sections/{sectionId}/answers`,
    url: (f) => strategyUrl(f, `/sections/${encoded('strategy:mandate')}/answers`),
    body: () => ({ answers: { [MANDATE_QUESTION]: { value: 'no', baseRevision: 1 } } }),
    expected: EDITORS_OF_MANDATE(200),
  },
  {
    method: 'PUT',
    path: `${STRATEGY}/assignments/{sectionId}`,
    url: (f) => strategyUrl(f, `/assignments/${encoded('strategy:mandate')}`),
    body: (f) => ({ userIds: [f.contributorId] }),
    expected: COORDINATORS(200),
  },
  {
    method: 'GET',
    path: `${STRATEGY}/evaluation`,
    url: (f) => strategyUrl(f, '/evaluation'),
    expected: ANYONE_WHO_SEES_THE_CITY,
  },
  {
    method: 'PUT',
    path: `${STRATEGY}/accepted-risks/{ruleId}`,
    url: (f) => strategyUrl(f, `/accepted-risks/${encoded(RISK)}`),
    body: () => ({ justification: 'A changed reason given by this caller.' }),
    expected: COORDINATORS(200),
  },
  {
    method: 'DELETE',
    path: `${STRATEGY}/accepted-risks/{ruleId}`,
    url: (f) => strategyUrl(f, `/accepted-risks/${encoded(RISK)}`),
    expected: COORDINATORS(204),
  },
  {
    method: 'GET',
    path: '/api/v1/cities/{cityId}/audit',
    url: (f) => `/api/v1/cities/${f.cityId}/audit`,
    expected: COORDINATORS(200),
  },
];

describe.each(DIALECTS)('access to every workspace route, per role (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    ({ t } = await createWorkspaceApp(dialect));
  });
  afterAll(async () => {
    await t.close();
  });

  /** A fresh city per case: a strategy with one answer, one accepted risk, one assignment. */
  async function setUp() {
    const members = await createUserPerRole(t);
    const cityId = await t.createCity({ members: toMemberships(members) });
    const otherAdmin = await t.createUser();
    const otherCityId = await t.createCity({
      name: 'Other city',
      members: [{ user: otherAdmin, role: 'city-admin' }],
    });
    const coordinator = await t.cookieFor(members.coordinator);
    const strategy = await t.request('POST', `/api/v1/cities/${cityId}/strategies`, {
      cookie: coordinator,
      body: { title: 'Strategy', startYear: 2025, endYear: 2028 },
    });
    const fixture: Fixture = {
      cityId,
      strategyId: strategy.json().strategy.id,
      contributorId: members.contributor.id,
    };
    const setupCalls = [
      t.request('PUT', strategyUrl(fixture, `/answers/${encoded(MANDATE_QUESTION)}`), {
        cookie: coordinator,
        body: { value: 'unknown', baseRevision: 0 },
      }),
      t.request('PUT', strategyUrl(fixture, `/accepted-risks/${encoded(RISK)}`), {
        cookie: coordinator,
        body: { justification: 'Donor money is all we have for the first two years.' },
      }),
      t.request('PUT', strategyUrl(fixture, `/assignments/${encoded('strategy:funding')}`), {
        cookie: coordinator,
        body: { userIds: [members.contributor.id] },
      }),
    ];
    for (const call of setupCalls) expect((await call).statusCode).toBe(200);
    return {
      fixture,
      otherCityId,
      callers: {
        ...members,
        'network-admin': await t.createUser({ isNetworkAdmin: true }),
        'other-city-admin': otherAdmin,
        'signed-out': null,
      } as Record<Caller, TestUser | null>,
    };
  }

  async function snapshot(cityId: string) {
    const { db } = t.database;
    const rowsOf = (table: 'strategies' | 'answers' | 'section_assignments' | 'accepted_risks') =>
      db.selectFrom(table).selectAll().where('city_id', '=', cityId).execute();
    return {
      strategies: await rowsOf('strategies'),
      answers: await rowsOf('answers'),
      assignments: await rowsOf('section_assignments'),
      risks: await rowsOf('accepted_risks'),
      audit: await db
        .selectFrom('audit_log')
        .select('id')
        .where('city_id', '=', cityId)
        .orderBy('id')
        .execute(),
    };
  }

  itChecksEveryRouteAndCaller({
    routes: ROUTES,
    app: () => t,
    setUp,
    snapshot: (fixture) => snapshot(fixture.cityId),
  });

  it("another city's admin gets 404 for this strategy even through their own city's id", async () => {
    const { fixture, otherCityId, callers } = await setUp();
    const cookie = await t.cookieFor(callers['other-city-admin']!);
    const before = await snapshot(fixture.cityId);
    for (const route of ROUTES.filter((r) => r.path.startsWith(STRATEGY))) {
      const disguised = { ...fixture, cityId: otherCityId };
      const response = await requestRoute(t, route, disguised, cookie);
      expect(response.statusCode, `${route.method} ${route.path}`).toBe(404);
    }
    const audit = await t.request(
      'GET',
      `/api/v1/cities/${otherCityId}/audit?strategyId=${fixture.strategyId}`,
      { cookie },
    );
    expect(audit.json().entries).toEqual([]);
    expect(await snapshot(fixture.cityId)).toEqual(before);
  });

  it('a contributor edits the sections assigned to them, and only those', async () => {
    const { fixture, callers } = await setUp();
    const cookie = await t.cookieFor(callers.contributor!);
    const funding = 'strategy:funding:q:match-funding';
    const assigned = await t.request('PUT', strategyUrl(fixture, `/answers/${encoded(funding)}`), {
      cookie,
      body: { value: 'no', baseRevision: 0 },
    });
    expect(assigned.statusCode).toBe(200);
    const page = await t.request(
      'PUT',
      strategyUrl(fixture, `/sections/${encoded('strategy:funding')}/answers`),
      { cookie, body: { answers: { [funding]: { value: 'yes', baseRevision: 1 } } } },
    );
    expect(page.statusCode).toBe(200);
    const other = await t.request(
      'PUT',
      strategyUrl(fixture, `/answers/${encoded(MANDATE_QUESTION)}`),
      { cookie, body: { value: 'yes', baseRevision: 1 } },
    );
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toBe(
      'This section is not assigned to you. Ask your coordinator to assign it to you.',
    );

    const detail = await t.request('GET', strategyUrl(fixture), { cookie });
    const canEdit = Object.fromEntries(
      detail
        .json()
        .sections.map((s: { sectionId: string; canEdit: boolean }) => [s.sectionId, s.canEdit]),
    );
    expect(canEdit['strategy:funding']).toBe(true);
    expect(canEdit['strategy:mandate']).toBe(false);
    expect(detail.json().can).toMatchObject({ edit: true, editAllSections: false });
  });

  it('a contributor loses the section when unassigned, or when they leave the city', async () => {
    const { fixture, callers } = await setUp();
    const coordinator = await t.cookieFor(callers.coordinator!);
    const cookie = await t.cookieFor(callers.contributor!);
    const url = strategyUrl(fixture, `/answers/${encoded('strategy:funding:q:match-funding')}`);
    await t.request('PUT', strategyUrl(fixture, `/assignments/${encoded('strategy:funding')}`), {
      cookie: coordinator,
      body: { userIds: [] },
    });
    const response = await t.request('PUT', url, {
      cookie,
      body: { value: 'no', baseRevision: 0 },
    });
    expect(response.statusCode).toBe(403);

    await t.request('PUT', strategyUrl(fixture, `/assignments/${encoded('strategy:funding')}`), {
      cookie: coordinator,
      body: { userIds: [callers.contributor!.id] },
    });
    const removed = await t.request(
      'DELETE',
      `/api/v1/cities/${fixture.cityId}/members/${callers.contributor!.id}`,
      { cookie: await t.cookieFor(callers['city-admin']!) },
    );
    expect(removed.statusCode).toBe(204);
    const afterLeaving = await t.request('PUT', url, {
      cookie,
      body: { value: 'no', baseRevision: 0 },
    });
    expect(afterLeaving.statusCode).toBe(404);
    const detail = await t.request('GET', strategyUrl(fixture), { cookie: coordinator });
    expect(detail.json().assignments).toEqual([]);
  });

  it('only members who can edit may be assigned', async () => {
    const { fixture, callers } = await setUp();
    const coordinator = await t.cookieFor(callers.coordinator!);
    const response = await t.request(
      'PUT',
      strategyUrl(fixture, `/assignments/${encoded('strategy:funding')}`),
      {
        cookie: coordinator,
        body: { userIds: [callers.viewer!.id, callers['other-city-admin']!.id] },
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      {
        path: 'body.userIds.0',
        message: 'Viewers cannot edit answers. Give this person another role first.',
      },
      { path: 'body.userIds.1', message: 'This person is not a member of the city.' },
    ]);
  });

  it('the table covers every workspace route in the OpenAPI document', async () => {
    const documented = await listDocumentedRoutes(t, (path) => WORKSPACE_PATH.test(path));
    expect(listTableRoutes(ROUTES)).toEqual(documented);
  });
});
