import type { LightMyRequestResponse } from 'fastify';
import { expect, it } from 'vitest';
import type { Role } from '../src/modules/cities/roles.js';
import type { TestApp, TestUser } from './test-app.js';

/**
 * Shared by the per-route role tables (city, workspace, documents): every route of a module is
 * called by every kind of caller, and the expected status is written out by hand from the API
 * docs, so a policy change shows up as a failing row rather than slipping through.
 */

/** Each city role, a network admin, the admin of another city, and nobody signed in. */
export type Caller = Role | 'network-admin' | 'other-city-admin' | 'signed-out';

export const EVERY_ROLE: readonly Role[] = [
  'city-admin',
  'coordinator',
  'editor',
  'contributor',
  'viewer',
];

export const CALLERS: readonly Caller[] = [
  ...EVERY_ROLE,
  'network-admin',
  'other-city-admin',
  'signed-out',
];

export interface RouteCase<Fixture> {
  method: 'GET' | 'PATCH' | 'POST' | 'PUT' | 'DELETE';
  /** OpenAPI-style path, used to check the table covers every route of the module. */
  path: string;
  url(fixture: Fixture): string;
  body?: (fixture: Fixture) => unknown;
  /** Expected status per caller, written out by hand from the module's API document. */
  expected: Record<Caller, number>;
}

/**
 * The statuses of a route the `allowed` roles may use: `ok` for them, 403 for other members,
 * 404 for another city's admin (the city is not theirs to know of), 401 when signed out.
 */
export function statusesFor(
  ok: number,
  allowed: readonly Role[],
  networkAdmin = 403,
): Record<Caller, number> {
  const members = Object.fromEntries(
    EVERY_ROLE.map((role) => [role, allowed.includes(role) ? ok : 403]),
  );
  return {
    ...(members as Record<Role, number>),
    'network-admin': networkAdmin,
    'other-city-admin': 404,
    'signed-out': 401,
  };
}

/** A new user for every city role, not yet a member anywhere. */
export async function createUserPerRole(t: TestApp): Promise<Record<Role, TestUser>> {
  const members = {} as Record<Role, TestUser>;
  for (const role of EVERY_ROLE) members[role] = await t.createUser();
  return members;
}

/** The users of createUserPerRole as the memberships createCity takes. */
export function toMemberships(members: Record<Role, TestUser>): { user: TestUser; role: Role }[] {
  return Object.entries(members).map(([role, user]) => ({ user, role: role as Role }));
}

/** Calls a route of the table, with its body, as whoever holds the cookie (or nobody). */
export function requestRoute<Fixture>(
  t: TestApp,
  route: RouteCase<Fixture>,
  fixture: Fixture,
  cookie?: string,
): Promise<LightMyRequestResponse> {
  return t.request(route.method, route.url(fixture), {
    ...(cookie ? { cookie } : {}),
    ...(route.body ? { body: route.body(fixture) } : {}),
  });
}

/**
 * Checks one row of a table: the caller gets the expected status, and a refusal names its
 * error code and leaves the city as it was (`snapshot` reads whatever the module can change).
 */
export async function expectRouteAccess<Fixture>(options: {
  t: TestApp;
  route: RouteCase<Fixture>;
  caller: Caller;
  user: TestUser | null;
  fixture: Fixture;
  snapshot: () => Promise<unknown>;
}): Promise<void> {
  const { t, route, caller, user, fixture, snapshot } = options;
  const before = await snapshot();
  const cookie = user ? await t.cookieFor(user) : undefined;
  const response = await requestRoute(t, route, fixture, cookie);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(route.expected[caller]);
  if (response.statusCode >= 400) {
    const expectedCode = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' }[
      response.statusCode
    ];
    expect(response.json().error.code).toBe(expectedCode);
    expect(await snapshot()).toEqual(before);
  }
}

/**
 * Registers one test per route and caller, named "METHOD path as caller". `setUp` makes a fresh
 * city per case, so a write that one caller may make cannot change what the next one meets.
 */
export function itChecksEveryRouteAndCaller<Fixture>(options: {
  routes: readonly RouteCase<Fixture>[];
  /** The suite's app, made in beforeAll, so read when a case runs. */
  app: () => TestApp;
  setUp: () => Promise<{ fixture: Fixture; callers: Record<Caller, TestUser | null> }>;
  snapshot: (fixture: Fixture) => Promise<unknown>;
}): void {
  const cases = options.routes.flatMap((route) => CALLERS.map((caller) => ({ route, caller })));
  it.each(cases)('$route.method $route.path as $caller', async ({ route, caller }) => {
    const { fixture, callers } = await options.setUp();
    await expectRouteAccess({
      t: options.app(),
      route,
      caller,
      user: callers[caller],
      fixture,
      snapshot: () => options.snapshot(fixture),
    });
  });
}

/** "METHOD path" for every route of the table, sorted, to compare with the OpenAPI document. */
export function listTableRoutes<Fixture>(routes: readonly RouteCase<Fixture>[]): string[] {
  return routes.map((route) => `${route.method} ${route.path}`).sort();
}

/** "METHOD path" for every route the OpenAPI document lists under the paths a module owns. */
export async function listDocumentedRoutes(
  t: TestApp,
  isModulePath: (path: string) => boolean,
): Promise<string[]> {
  const spec = (await t.request('GET', '/api/openapi.json')).json();
  return Object.entries(spec.paths as Record<string, Record<string, unknown>>)
    .filter(([path]) => isModulePath(path))
    .flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}
