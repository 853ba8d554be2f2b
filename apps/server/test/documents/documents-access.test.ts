import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentSource } from '../../src/modules/content/content-catalog.js';
import type { Role } from '../../src/modules/cities/roles.js';
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
import { createDocumentsApp } from './documents-fixture.js';

interface Fixture {
  cityId: string;
  /** Open strategy: a draft version, a version in review, a finished export. */
  strategyId: string;
  draftVersionId: string;
  reviewVersionId: string;
  exportId: string;
  /** A second strategy whose version 1 is approved (so it is locked). */
  lockedStrategyId: string;
  approvedVersionId: string;
}

// Expected statuses written out by hand from API-DOCUMENTS.md.
const READERS = statusesFor(200, EVERY_ROLE, 200);
const MEMBERS = (ok: number) => statusesFor(ok, EVERY_ROLE);
const COORDINATORS = (ok: number) => statusesFor(ok, ['city-admin', 'coordinator']);
const WRITERS = (ok: number) => statusesFor(ok, ['city-admin', 'coordinator', 'editor']);
const COMMENTERS = (ok: number) =>
  statusesFor(ok, ['city-admin', 'coordinator', 'editor', 'contributor']);

const STRATEGY = '/api/v1/cities/{cityId}/strategies/{strategyId}';
const at = (f: Pick<Fixture, 'cityId' | 'strategyId'>, rest = '') =>
  `/api/v1/cities/${f.cityId}/strategies/${f.strategyId}${rest}`;
const locked = (f: Fixture) => ({ cityId: f.cityId, strategyId: f.lockedStrategyId });
let portableFile = '';

const ROUTES: RouteCase<Fixture>[] = [
  {
    method: 'GET',
    path: `${STRATEGY}/narrative`,
    url: (f) => at(f, '/narrative'),
    expected: READERS,
  },
  {
    method: 'PUT',
    path: `${STRATEGY}/narrative/{chapterKey}`,
    url: (f) => at(f, '/narrative/context'),
    body: () => ({ text: 'Our reasons.', baseRevision: 0 }),
    expected: WRITERS(200),
  },
  {
    method: 'GET',
    path: `${STRATEGY}/document`,
    url: (f) => at(f, '/document'),
    expected: READERS,
  },
  {
    method: 'POST',
    path: `${STRATEGY}/exports`,
    url: (f) => at(f, '/exports'),
    body: () => ({ format: 'markdown' }),
    expected: MEMBERS(202),
  },
  {
    method: 'GET',
    path: `${STRATEGY}/exports/{exportId}`,
    url: (f) => at(f, `/exports/${f.exportId}`),
    expected: READERS,
  },
  {
    method: 'GET',
    path: `${STRATEGY}/exports/{exportId}/file`,
    url: (f) => at(f, `/exports/${f.exportId}/file`),
    expected: READERS,
  },
  {
    method: 'GET',
    path: `${STRATEGY}/export.json`,
    url: (f) => at(f, '/export.json'),
    expected: MEMBERS(200),
  },
  {
    method: 'POST',
    path: '/api/v1/cities/{cityId}/strategies/import',
    url: (f) => `/api/v1/cities/${f.cityId}/strategies/import`,
    body: () => ({ file: portableFile }),
    expected: COORDINATORS(201),
  },
  {
    method: 'GET',
    path: `${STRATEGY}/versions`,
    url: (f) => at(f, '/versions'),
    expected: READERS,
  },
  {
    method: 'POST',
    path: `${STRATEGY}/versions`,
    url: (f) => at(f, '/versions'),
    body: () => ({ label: 'Another snapshot' }),
    expected: COORDINATORS(201),
  },
  {
    method: 'GET',
    path: `${STRATEGY}/versions/compare`,
    url: (f) => at(f, `/versions/compare?a=${f.draftVersionId}&b=current`),
    expected: READERS,
  },
  {
    method: 'GET',
    path: `${STRATEGY}/versions/{versionId}`,
    url: (f) => at(f, `/versions/${f.draftVersionId}`),
    expected: READERS,
  },
  {
    method: 'POST',
    path: `${STRATEGY}/versions/{versionId}/transition`,
    url: (f) => at(f, `/versions/${f.draftVersionId}/transition`),
    body: () => ({ to: 'in-review' }),
    expected: COORDINATORS(200),
  },
  {
    method: 'GET',
    path: `${STRATEGY}/versions/{versionId}/comments`,
    url: (f) => at(f, `/versions/${f.reviewVersionId}/comments`),
    expected: READERS,
  },
  {
    method: 'POST',
    path: `${STRATEGY}/versions/{versionId}/comments`,
    url: (f) => at(f, `/versions/${f.reviewVersionId}/comments`),
    body: () => ({ sectionId: 'framework', text: 'Define the terms.' }),
    expected: COMMENTERS(201),
  },
  {
    method: 'POST',
    path: `${STRATEGY}/versions/{versionId}/new-cycle`,
    url: (f) => at(locked(f), `/versions/${f.approvedVersionId}/new-cycle`),
    expected: COORDINATORS(201),
  },
  {
    method: 'GET',
    path: '/api/v1/cities/{cityId}/audit.csv',
    url: (f) => `/api/v1/cities/${f.cityId}/audit.csv`,
    expected: COORDINATORS(200),
  },
];

const DOCUMENT_PATH =
  /^\/api\/v1\/cities\/\{cityId\}\/(audit\.csv|strategies\/import|strategies\/\{strategyId\}\/(narrative|document|exports|export\.json|versions)(\/.*)?)$/;

describe.each(DIALECTS)('access to every document route, per role (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createDocumentsApp(dialect, { content: createContentSource() });
  });
  afterAll(async () => {
    await t.close();
  });

  async function post(url: string, cookie: string, body?: unknown) {
    const response = await t.request('POST', url, { cookie, ...(body ? { body } : {}) });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json();
  }

  async function createCityWithStrategies(members: Record<Role, TestUser>): Promise<Fixture> {
    const cityId = await t.createCity({ members: toMemberships(members) });
    const cookie = await t.cookieFor(members.coordinator);
    const strategies = `/api/v1/cities/${cityId}/strategies`;
    const body = { title: 'Strategy', startYear: 2025, endYear: 2028 };
    const open = { cityId, strategyId: (await post(strategies, cookie, body)).strategy.id };
    const closed = { cityId, strategyId: (await post(strategies, cookie, body)).strategy.id };
    const version = async (f: typeof open, ...steps: Record<string, unknown>[]) => {
      const { version: created } = await post(at(f, '/versions'), cookie, { label: 'V' });
      for (const step of steps)
        await post(at(f, `/versions/${created.id}/transition`), cookie, step);
      return created.id as string;
    };
    const decision = { body: 'Council', date: '2026-03-31' };
    const fixture: Fixture = {
      cityId,
      strategyId: open.strategyId,
      draftVersionId: await version(open),
      reviewVersionId: await version(open, { to: 'in-review' }),
      exportId: 'set below',
      lockedStrategyId: closed.strategyId,
      approvedVersionId: await version(
        closed,
        { to: 'in-review' },
        { to: 'submitted' },
        { to: 'approved', decision },
      ),
    };
    fixture.exportId = `export-${open.strategyId}`;
    const now = new Date().toISOString();
    await t.database.db
      .insertInto('exports')
      .values({
        id: fixture.exportId,
        city_id: cityId,
        strategy_id: open.strategyId,
        version_id: null,
        format: 'markdown',
        locale: 'en',
        audience: 'council',
        status: 'done',
        progress: 100,
        error_code: null,
        error_message: null,
        file_name: 'Strategy - en.md',
        mime_type: 'text/markdown; charset=utf-8',
        file: Buffer.from('# Strategy\n'),
        created_by: members.coordinator.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return fixture;
  }

  // The other city never changes (its admin only meets 404s here), so it is made once.
  let other: { fixture: Fixture; admin: TestUser } | undefined;

  async function setUp() {
    if (!other) {
      const otherMembers = await createUserPerRole(t);
      other = {
        fixture: await createCityWithStrategies(otherMembers),
        admin: otherMembers['city-admin'],
      };
      // A valid portable file to import: the other city's strategy.
      portableFile = (
        await t.request('GET', at(other.fixture, '/export.json'), {
          cookie: await t.cookieFor(otherMembers.viewer),
        })
      ).body;
    }
    const members = await createUserPerRole(t);
    const fixture = await createCityWithStrategies(members);
    const callers: Record<Caller, TestUser | null> = {
      ...members,
      'network-admin': await t.createUser({ isNetworkAdmin: true }),
      'other-city-admin': other.admin,
      'signed-out': null,
    };
    return { fixture, other: other.fixture, callers };
  }

  async function snapshot(cityId: string) {
    const { db } = t.database;
    const ids = async (
      table:
        | 'strategies'
        | 'narrative_chapters'
        | 'strategy_versions'
        | 'version_comments'
        | 'exports'
        | 'audit_log',
    ) => (await db.selectFrom(table).selectAll().where('city_id', '=', cityId).execute()).length;
    return {
      strategies: await ids('strategies'),
      narrative: await ids('narrative_chapters'),
      versions: await ids('strategy_versions'),
      comments: await ids('version_comments'),
      exports: await ids('exports'),
      audit: await ids('audit_log'),
      statuses: await db
        .selectFrom('strategy_versions')
        .select(['id', 'status'])
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

  it("another city's ids are not found on every route, even through the caller's own city", async () => {
    const { fixture, other, callers } = await setUp();
    const cookie = await t.cookieFor(callers['other-city-admin']!);
    const before = await snapshot(fixture.cityId);
    const disguises: Fixture[] = [
      // This city's strategy and everything under it, asked for through the other city's id.
      { ...fixture, cityId: other.cityId },
      // The other city's own strategies, with this city's version and export ids.
      {
        ...other,
        draftVersionId: fixture.draftVersionId,
        reviewVersionId: fixture.reviewVersionId,
        approvedVersionId: fixture.approvedVersionId,
        exportId: fixture.exportId,
      },
    ];
    for (const [i, disguised] of disguises.entries()) {
      const routes = ROUTES.filter(
        (r) =>
          r.path.startsWith(STRATEGY) &&
          (i === 0 || /\{(versionId|exportId)\}|compare/.test(r.path)),
      );
      for (const route of routes) {
        const response = await requestRoute(t, route, disguised, cookie);
        expect(response.statusCode, `${route.method} ${route.path} (${i})`).toBe(404);
      }
    }
    const exportOfOther = await t.request('POST', at(other, '/exports'), {
      cookie,
      body: { format: 'docx', versionId: fixture.draftVersionId },
    });
    expect(exportOfOther.statusCode).toBe(404);
    const documentOfOther = await t.request(
      'GET',
      at(other, `/document?versionId=${fixture.approvedVersionId}`),
      { cookie },
    );
    expect(documentOfOther.statusCode).toBe(404);
    expect(await snapshot(fixture.cityId)).toEqual(before);
  });

  it('an id holding a NUL character is refused as a bad request, never a server error', async () => {
    const { fixture, callers } = await setUp();
    const cookie = await t.cookieFor(callers.coordinator!);
    const nul = '%00';
    for (const url of [
      at({ ...fixture, strategyId: nul }, '/narrative'),
      at(fixture, `/versions/${nul}`),
      at(fixture, `/versions/${nul}/comments`),
      at(fixture, `/versions/compare?a=${nul}&b=current`),
      at(fixture, `/versions/${fixture.reviewVersionId}/comments?sectionId=${nul}`),
      at(fixture, `/exports/${nul}`),
      at(fixture, `/exports/${nul}/file`),
      at(fixture, `/document?versionId=${nul}`),
    ]) {
      const response = await t.request('GET', url, { cookie });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.fields[0].message).toBe('This is not a valid id.');
    }
  });

  it('the table covers every document route in the OpenAPI document', async () => {
    const documented = await listDocumentedRoutes(t, (path) => DOCUMENT_PATH.test(path));
    expect(listTableRoutes(ROUTES)).toEqual(documented);
  });
});
