import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { type RouteEntry, fillPath } from './route-table.js';
import { arbitraryFromSchema } from './schema-arbitrary.js';
import { CONTENT_PARAMS, type CityData, type OwnedIds, isOwnedParam } from './world.js';

export type ForeignPlace = 'path-city' | 'path-child' | 'query' | 'body';

export interface Probe {
  method: string;
  route: string;
  url: string;
  body?: unknown;
  /** Where the other city's ids are in this request. */
  foreign: ForeignPlace[];
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
  [
    /^POST \S*\/consultations$/,
    () => ({
      languages: ['en'],
      texts: { en: { title: 'Planted consultation', framing: 'From another city' } },
      questionIds: [],
      definitionRowIds: [],
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
    }),
  ],
  [
    /^PATCH \S*\/consultations\/:consultationId$/,
    () => ({ texts: { en: { title: 'Hijacked', framing: 'x' } } }),
  ],
  [/^PUT \S*\/moderation$/, () => ({ status: 'approved' })],
  [/^PUT \S*\/reply$/, () => ({ text: 'A reply from another city' })],
  [
    /^PUT \S*\/link$/,
    ({ city }) => ({ questionId: city.content.questionId, note: 'Changed from outside' }),
  ],
  [/^PUT \S*\/sensitive-answers\/:questionId$/, () => ({ whole: false, rowIds: [] })],
  [/^POST \S*\/language-check$/, () => ({ text: 'A short text to check.', locale: 'en' })],
  [
    /^PUT \S*\/narrative\/:chapterKey$/,
    ({ n }) => ({ text: 'Written from another city', baseRevision: n % 3 }),
  ],
  [/^POST \S*\/versions$/, () => ({ label: 'Planted version' })],
  [/^POST \S*\/exports$/, () => ({ format: 'markdown' })],
  [/^POST \S*\/transition$/, () => ({ to: 'in-review' })],
];

interface BodyContext {
  n: number;
  city: CityData;
  userIds: string[];
}

/**
 * Puts the given city's ids into every id-named field of a body (userId, userIds, ...); says
 * whether it put any.
 */
function plantIds(value: unknown, ids: OwnedIds): { value: unknown; planted: boolean } {
  if (Array.isArray(value)) {
    const items = value.map((item) => plantIds(item, ids));
    return { value: items.map((item) => item.value), planted: items.some((item) => item.planted) };
  }
  if (value === null || typeof value !== 'object') return { value, planted: false };
  const result: Record<string, unknown> = {};
  let planted = false;
  for (const [key, item] of Object.entries(value)) {
    const kind = key.replace(/s$/, '');
    const owned = isOwnedParam(kind) ? (ids[kind] ?? []) : [];
    if (owned.length > 0 && (typeof item === 'string' || Array.isArray(item))) {
      result[key] = typeof item === 'string' ? owned[0] : owned;
      planted = true;
    } else {
      const inner = plantIds(item, ids);
      result[key] = inner.value;
      planted ||= inner.planted;
    }
  }
  return { value: result, planted };
}

function bodyFor(route: RouteEntry, round: number, city: CityData, idsInBody: OwnedIds) {
  const key = `${route.method} ${route.url}`;
  const known = KNOWN_BODIES.find(([pattern]) => pattern.test(key));
  const base =
    known && round % 2 === 0
      ? known[1]({ n: round, city, userIds: idsInBody.userId ?? [] })
      : fc.sample(arbitraryFromSchema(route.body), {
          numRuns: 1,
          seed: round * 7919 + key.length,
        })[0];
  return plantIds(base, idsInBody);
}

/** The foreign city's ids for a parameter; an id it has none of still gets a made-up one. */
function foreignIdsFor(name: string, foreign: CityData): string[] {
  const ids = foreign.ids[name] ?? [];
  return ids.length > 0 ? ids : [`unseeded-${name}`];
}

/** Owned parameters the matrix has no real foreign id for (shown, so the gap is visible). */
export function listUnseededParams(routes: RouteEntry[], foreign: CityData): string[] {
  const names = new Set(routes.flatMap((route) => route.params.filter(isOwnedParam)));
  return [...names].filter((name) => (foreign.ids[name] ?? []).length === 0);
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
    const name = owned[index] as string;
    const place: ForeignPlace = name === 'cityId' ? 'path-city' : 'path-child';
    walk(index + 1, { ...values, [name]: home.ids[name]?.[0] ?? 'none' }, places);
    for (const id of foreignIdsFor(name, foreign)) {
      walk(index + 1, { ...values, [name]: id }, [...places, place]);
    }
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

// Query parameters that name a city's thing without ending in Id (versions/compare?a=&b=).
const QUERY_IDS: Record<string, string> = { a: 'versionId', b: 'versionId' };

function queryFor(route: RouteEntry, ids: OwnedIds, cursor: string | null): string {
  const pairs: string[] = [];
  for (const name of route.query) {
    const kind = QUERY_IDS[name];
    if (kind) pairs.push(`${name}=${encodeURIComponent(ids[kind]?.[0] ?? 'current')}`);
    if (name === 'baseRevision') pairs.push('baseRevision=1');
    if (name === 'cursor' && cursor) pairs.push(`cursor=${encodeURIComponent(cursor)}`);
    if (isOwnedParam(name)) pairs.push(`${name}=${encodeURIComponent(ids[name]?.[0] ?? '')}`);
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
        ...(sendsBody ? { body: bodyFor(route, round, foreign, home.ids).value } : {}),
        foreign: choice.foreign,
      });
    }
    const homePath = fillPath(route.url, {
      ...Object.fromEntries(
        route.params.filter(isOwnedParam).map((name) => [name, home.ids[name]?.[0] ?? 'none']),
      ),
      ...contentValues(route, home),
    });
    if (route.query.some((name) => isOwnedParam(name) || name === 'cursor' || QUERY_IDS[name])) {
      probes.push({
        method: route.method,
        route: route.url,
        url: homePath + queryFor(route, foreign.ids, foreign.auditCursor),
        foreign: ['query'],
      });
    }
    const withForeignIds = sendsBody ? bodyFor(route, round, home, foreign.ids) : undefined;
    if (withForeignIds?.planted) {
      probes.push({
        method: route.method,
        route: route.url,
        url: homePath + queryFor(route, home.ids, null),
        body: withForeignIds.value,
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
