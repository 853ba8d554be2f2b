import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toTimestamp } from '../src/lib/time.js';
import { generateMalformedBodies } from './support/malformed-bodies.js';
import { addFigures } from './support/results.js';
import { type RouteEntry, fillPath } from './support/route-table.js';
import { type World, createWorld } from './support/world.js';
import { HOOK_TIMEOUT_MS } from './support/timeouts.js';

const BODIES_PER_ENDPOINT = 1_000;
// `file.` names a place inside an uploaded file (strategy import), the others the request.
const FIELD_PREFIXES = ['body', 'params', 'query', 'file.'];

let world: World;
let cookie: string;

beforeAll(async () => {
  world = await createWorld();
  // Network admin and city admin at once, so every route gets past its guard to validation.
  const { t, home } = world;
  const user = await t.createUser({ isNetworkAdmin: true, name: 'Fuzzing admin' });
  const now = toTimestamp(new Date());
  await t.database.db
    .insertInto('memberships')
    .values({
      city_id: home.cityId,
      user_id: user.id,
      role: 'city-admin',
      created_at: now,
      updated_at: now,
    })
    .execute();
  cookie = await t.cookieFor(user);
}, HOOK_TIMEOUT_MS);

afterAll(async () => {
  await world?.close();
}, HOOK_TIMEOUT_MS);

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: { path?: string; message?: string }[] };
}

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with the answer to a malformed body, or null. */
function judge(status: number, text: string, responseBody: string): string | null {
  if (status >= 500) return `${status}: ${responseBody.slice(0, 200)}`;
  if (status < 400) return null;
  let parsed: ErrorBody;
  try {
    parsed = JSON.parse(responseBody) as ErrorBody;
  } catch {
    return `${status} without a JSON error body`;
  }
  const error = parsed.error;
  if (!error?.code || !error.message) return `${status} without code and message`;
  if (status !== 400) return null;
  if (error.code === 'invalid_json') {
    return isJsonText(text)
      ? `invalid_json for parseable JSON, naming no field: ${error.message}`
      : null;
  }
  const fields = error.fields ?? [];
  if (fields.length === 0) return `400 ${error.code} naming no field: ${error.message}`;
  const unnamed = fields.find(
    (field) => !field.message || !FIELD_PREFIXES.some((prefix) => field.path?.startsWith(prefix)),
  );
  return unnamed
    ? `400 with a field problem without path or message: ${JSON.stringify(unnamed)}`
    : null;
}

/** Path values from the home city, so the caller is allowed and the body is what gets judged. */
function homePath(route: RouteEntry): string {
  const { home } = world;
  // The last member is a plain viewer, never the caller: role changes hit them, not the fuzzer.
  const members = home.ids.userId ?? [];
  const owned = Object.fromEntries(
    Object.entries(home.ids).map(([name, ids]) => [name, ids[0] ?? 'none']),
  );
  return fillPath(
    route.url,
    {
      ...owned,
      userId: members[members.length - 1] ?? 'none',
      questionId: home.content.questionId,
      sectionId: home.content.sectionId,
      ruleId: home.content.ruleId || 'strategy:rule:none',
      chapterKey: home.content.chapterKey,
      token: 'not-a-real-invitation-token',
    },
    (name) => `unknown-${name}`,
  );
}

// A change to the resource every other route hangs on (archiving a strategy) goes last.
function byImpact(a: RouteEntry, b: RouteEntry): number {
  const weight = (route: RouteEntry) => (/\/:(strategyId|cityId)$/.test(route.url) ? 1 : 0);
  return weight(a) - weight(b);
}

describe('malformed input', () => {
  it(`${BODIES_PER_ENDPOINT} generated bodies per endpoint: no 5xx, no crash, every 400 names its field`, async () => {
    const { t, routes } = world;
    const endpoints = routes.filter((route) => route.body !== undefined).sort(byImpact);
    expect(endpoints.length).toBeGreaterThan(5);
    const problems: string[] = [];
    const kinds = new Map<string, number>();
    let sent = 0;
    let serverErrors = 0;

    for (const [index, route] of endpoints.entries()) {
      const url = homePath(route) + (route.query.includes('baseRevision') ? '?baseRevision=1' : '');
      const bodies = generateMalformedBodies(route.body ?? {}, {
        count: BODIES_PER_ENDPOINT,
        seed: 1000 + index,
      });
      for (const body of bodies) {
        const response = await t.request(route.method as 'POST', url, {
          cookie,
          body: body.text,
          headers: { 'content-type': 'application/json' },
        });
        sent += 1;
        kinds.set(body.kind, (kinds.get(body.kind) ?? 0) + 1);
        if (response.statusCode >= 500) serverErrors += 1;
        let problem = judge(response.statusCode, body.text, response.body);
        if (problem && response.statusCode >= 500) {
          const logged = t.errorsFor(String(response.headers['x-request-id'] ?? ''));
          problem += ` ${logged.join(' ').slice(0, 600)}`;
        }
        if (problem)
          problems.push(
            `${route.method} ${route.url} [${body.kind}] ${body.text.slice(0, 80)} -> ${problem}`,
          );
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
    }

    const health = await t.request('GET', '/healthz');
    addFigures({ malformedInputs: sent, serverErrors });
    console.log(
      `malformed: ${sent} bodies over ${endpoints.length} endpoints (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), ` +
        `${serverErrors} 5xx, ${problems.length} problems`,
    );
    const grouped = new Map<string, number>();
    for (const problem of problems) {
      const key = problem.replace(/ \[([\w-]+)\] .* -> /, ' [$1] -> ').slice(0, 160);
      grouped.set(key, (grouped.get(key) ?? 0) + 1);
    }
    for (const [key, count] of grouped) console.log(`${count} x ${key}`);
    expect(problems.slice(0, 25)).toEqual([]);
    expect(health.statusCode).toBe(200);
  });
});
