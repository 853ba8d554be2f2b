import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { type RouteEntry, fillPath } from './route-table.js';
import { arbitraryFromSchema } from './schema-arbitrary.js';
import type { CityData, OwnedIds } from './world.js';

export type ForeignPlace = 'path-city' | 'path-child' | 'query' | 'body';

export interface Probe {
  method: string;
  route: string;
  url: string;
  body?: unknown;
  /** Where the other city's ids are in this request. */
  foreign: ForeignPlace[];
}

const OWNED_PARAMS = new Set<keyof OwnedIds>(['cityId', 'userId', 'invitationId', 'strategyId']);
const CONTENT_PARAMS = new Set(['questionId', 'sectionId', 'ruleId']);

function isOwnedParam(name: string): name is keyof OwnedIds {
  return OWNED_PARAMS.has(name as keyof OwnedIds);
}

/** Request bodies a permitted caller would send successfully (the strongest test of a guard). */
const KNOWN_BODIES: [RegExp, (context: BodyContext) => unknown][] = [
  [/^PATCH \S*\/cities\/:cityId$/, () => ({ name: 'Renamed from outside' })],
  [/^PATCH \S*\/members\/:userId$/, () => ({ role: 'city-admin' })],
  [
    /^POST \S*\/invitations$/,
    ({ n }) => ({ email: `outsider-${n}@example.org`, role: 'city-admin' }),
  ],
  [/^POST \S*\/strategies$/, () => ({ title: 'Planted plan', startYear: 2026, endYear: 2030 })],
  [/^PATCH \S*\/strategies\/:strategyId$/, () => ({ title: 'Hijacked title' })],
  [
    /^PUT \S*\/answers\/:questionId$/,
    ({ n, city }) => ({ value: city.content.answer, baseRevision: n % 3 }),
  ],
  [
    /^PUT \S*\/sections\/:sectionId\/answers$/,
    ({ n, city }) => ({
      answers: { [city.content.questionId]: { value: city.content.answer, baseRevision: n % 3 } },
    }),
  ],
  [/^PUT \S*\/assignments\/:sectionId$/, ({ userIds }) => ({ userIds })],
  [/^PUT \S*\/accepted-risks\/:ruleId$/, () => ({ justification: 'Accepted from another city' })],
];

interface BodyContext {
  n: number;
  city: CityData;
  userIds: string[];
}

/** Puts the given city's ids into every id-named field of a body (userId, userIds, ...). */
function plantIds(value: unknown, ids: OwnedIds): unknown {
  if (Array.isArray(value)) return value.map((item) => plantIds(item, ids));
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const kind = key.replace(/s$/, '') as keyof OwnedIds;
    if (isOwnedParam(kind) && typeof item === 'string') result[key] = ids[kind][0];
    else if (isOwnedParam(kind) && Array.isArray(item)) result[key] = ids[kind];
    else result[key] = plantIds(item, ids);
  }
  return result;
}

function bodyFor(route: RouteEntry, round: number, city: CityData, idsInBody: OwnedIds): unknown {
  const key = `${route.method} ${route.url}`;
  const known = KNOWN_BODIES.find(([pattern]) => pattern.test(key));
  if (known && round % 2 === 0) return known[1]({ n: round, city, userIds: idsInBody.userId });
  const [generated] = fc.sample(arbitraryFromSchema(route.body), {
    numRuns: 1,
    seed: round * 7919 + key.length,
  });
  return plantIds(generated, idsInBody);
}

function hasIdFields(schema: unknown): boolean {
  return /"(userId|userIds|strategyId|invitationId|cityId)"/.test(JSON.stringify(schema ?? {}));
}

/** Every way to fill a route's owned ids with at least one id of the foreign city. */
function pathChoices(route: RouteEntry, home: CityData, foreign: CityData) {
  const owned = route.params.filter(isOwnedParam);
  const choices: { values: Record<string, string>; foreign: ForeignPlace[] }[] = [];
  const walk = (index: number, values: Record<string, string>, places: ForeignPlace[]) => {
    if (index === owned.length) {
      if (places.length > 0) choices.push({ values: { ...values }, foreign: [...new Set(places)] });
      return;
    }
    const name = owned[index] as keyof OwnedIds;
    const place: ForeignPlace = name === 'cityId' ? 'path-city' : 'path-child';
    walk(index + 1, { ...values, [name]: home.ids[name][0] ?? 'none' }, places);
    for (const id of foreign.ids[name])
      walk(index + 1, { ...values, [name]: id }, [...places, place]);
  };
  walk(0, {}, []);
  return choices;
}

function contentValues(route: RouteEntry, city: CityData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of route.params) {
    if (CONTENT_PARAMS.has(name))
      values[name] = (city.content as unknown as Record<string, string>)[name] || 'strategy:none';
    else if (!isOwnedParam(name)) values[name] = randomBytes(16).toString('base64url');
  }
  return values;
}

function queryFor(route: RouteEntry, ids: OwnedIds, cursor: string | null): string {
  const pairs: string[] = [];
  for (const name of route.query) {
    if (name === 'baseRevision') pairs.push('baseRevision=1');
    if (name === 'cursor' && cursor) pairs.push(`cursor=${encodeURIComponent(cursor)}`);
    if (isOwnedParam(name)) pairs.push(`${name}=${encodeURIComponent(ids[name][0] ?? '')}`);
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/**
 * One round of the matrix: every API route that takes a city's ids, filled with the foreign
 * city's ids in the path (city, child, or both), plus the home city's routes with the foreign
 * ids in the query or body. Bodies alternate between a valid one and a generated one.
 */
export function buildProbes(
  routes: RouteEntry[],
  home: CityData,
  foreign: CityData,
  round: number,
): Probe[] {
  const probes: Probe[] = [];
  for (const route of routes) {
    if (!route.url.startsWith('/api/v1/') || !route.params.some(isOwnedParam)) continue;
    const sendsBody = route.body !== undefined;
    for (const choice of pathChoices(route, home, foreign)) {
      const url = fillPath(route.url, { ...choice.values, ...contentValues(route, foreign) });
      probes.push({
        method: route.method,
        route: route.url,
        url: url + queryFor(route, home.ids, home.auditCursor),
        ...(sendsBody ? { body: bodyFor(route, round, foreign, home.ids) } : {}),
        foreign: choice.foreign,
      });
    }
    const homePath = fillPath(route.url, {
      ...Object.fromEntries(
        route.params.filter(isOwnedParam).map((name) => [name, home.ids[name][0] ?? 'none']),
      ),
      ...contentValues(route, home),
    });
    if (route.query.some((name) => isOwnedParam(name) || name === 'cursor')) {
      probes.push({
        method: route.method,
        route: route.url,
        url: homePath + queryFor(route, foreign.ids, foreign.auditCursor),
        foreign: ['query'],
      });
    }
    if (sendsBody && hasIdFields(route.body)) {
      probes.push({
        method: route.method,
        route: route.url,
        url: homePath + queryFor(route, home.ids, null),
        body: bodyFor(route, round, home, foreign.ids),
        foreign: ['body'],
      });
    }
  }
  return probes;
}

/** GET routes that list things without naming a city: they must not list the foreign city's. */
export function buildListProbes(routes: RouteEntry[]): Probe[] {
  return routes
    .filter(
      (route) =>
        route.method === 'GET' && route.params.length === 0 && route.url.startsWith('/api/v1/'),
    )
    .map((route) => ({ method: 'GET', route: route.url, url: route.url, foreign: [] }));
}
