import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/lib/tokens.js';
import { addFigures } from './support/results.js';
import { type PreparedInstall, makeDataDir, prepareInstall } from './support/install.js';
import { type ServerProcess, findFreePort, startServerProcess } from './support/server-process.js';
import { HOOK_TIMEOUT_MS } from './support/timeouts.js';

const ADMIN_URL =
  process.env.TEST_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
const QUESTION = 'strategy:framework:q:existing-framework-ref';
const CLIENTS = 8;
const ATTEMPTS = 25;

const database = `concord_rel_${randomBytes(4).toString('hex')}`;
let databaseUrl: string;
let reachable = false;
let install: PreparedInstall;
const instances: ServerProcess[] = [];

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  try {
    await adminQuery(`create database ${database}`);
    reachable = true;
  } catch {
    return;
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
  const secret = randomBytes(32).toString('base64url');
  const ports = [await findFreePort(), await findFreePort()];
  // Both instances answer to the same public address, as behind one load balancer.
  install = await prepareInstall(
    { kind: 'postgres', url: databaseUrl },
    `http://127.0.0.1:${ports[0]}`,
  );
  for (const port of ports) {
    instances.push(
      await startServerProcess({
        port,
        env: {
          DATABASE_URL: databaseUrl,
          SESSION_SECRET: secret,
          DATA_DIR: makeDataDir('pg-instance'),
        },
      }),
    );
  }
}, HOOK_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  if (reachable) await adminQuery(`drop database if exists ${database} with (force)`);
}, HOOK_TIMEOUT_MS);

function call(instance: ServerProcess, method: string, path: string, body?: unknown) {
  return fetch(`${instance.url}/api/v1/cities/${install.cityId}${path}`, {
    method,
    headers: { cookie: install.cookie, 'content-type': 'application/json', origin: instance.url },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

interface StoredAnswer {
  value: unknown;
  revision: number;
}

describe('two instances on one PostgreSQL', () => {
  it('concurrent edits of one answer: no lost update, every conflict reported with the current value', async (context) => {
    if (!reachable) context.skip(`PostgreSQL is not reachable at ${ADMIN_URL}`);
    const [first, second] = instances as [ServerProcess, ServerProcess];
    const created = await call(first, 'POST', '/strategies', {
      title: 'Shared',
      startYear: 2026,
      endYear: 2030,
    });
    expect(created.status).toBe(201);
    const strategyId = ((await created.json()) as { strategy: { id: string } }).strategy.id;
    const answers = `/strategies/${strategyId}/answers`;

    const successes: StoredAnswer[] = [];
    const problems: string[] = [];
    let conflicts = 0;
    const client = async (index: number) => {
      const instance = index % 2 === 0 ? first : second;
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const list = (await (await call(instance, 'GET', answers)).json()) as {
          answers: Record<string, StoredAnswer>;
        };
        const baseRevision = list.answers[QUESTION]?.revision ?? 0;
        const value = `client ${index} attempt ${attempt}`;
        const response = await call(instance, 'PUT', `${answers}/${encodeURIComponent(QUESTION)}`, {
          value,
          baseRevision,
        });
        const body = (await response.json()) as {
          answer?: StoredAnswer;
          error?: { code: string; current?: StoredAnswer; yours?: unknown };
        };
        if (response.status === 200 && body.answer) {
          successes.push({ value, revision: body.answer.revision });
        } else if (response.status === 409) {
          conflicts += 1;
          const current = body.error?.current;
          if (!current || current.revision <= baseRevision || body.error?.yours !== value) {
            problems.push(`409 without the newer current value and yours: ${JSON.stringify(body)}`);
          }
        } else {
          problems.push(`${response.status}: ${JSON.stringify(body)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));

    const final = (
      (await (await call(second, 'GET', answers)).json()) as {
        answers: Record<string, StoredAnswer>;
      }
    ).answers[QUESTION];
    const revisions = successes.map((success) => success.revision).sort((a, b) => a - b);
    const latest = successes.find((success) => success.revision === final?.revision);
    console.log(
      `two instances: ${CLIENTS * ATTEMPTS} concurrent edits, ${successes.length} saved, ${conflicts} conflicts ` +
        `reported, final revision ${final?.revision}`,
    );
    addFigures({ lostWrites: successes.length - new Set(revisions).size });
    expect(problems).toEqual([]);
    expect(conflicts).toBeGreaterThan(0);
    // No lost update: every saved edit got its own revision, one after the other, and the
    // answer holds the last one.
    expect(revisions).toEqual(revisions.map((_, i) => i + 1));
    expect(final?.revision).toBe(successes.length);
    expect(final?.value).toBe(latest?.value);
    expect(successes.length + conflicts).toBe(CLIENTS * ATTEMPTS);
  });

  it('two admins demoting each other through different instances never leave the city without one', async (context) => {
    if (!reachable) context.skip(`PostgreSQL is not reachable at ${ADMIN_URL}`);
    const [first, second] = instances as [ServerProcess, ServerProcess];
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const other = await prepareSecondAdmin(client);
      const outcomes = new Map<string, number>();
      for (let round = 0; round < 20; round += 1) {
        await client.query("update memberships set role = 'city-admin' where city_id = $1", [
          install.cityId,
        ]);
        const [a, b] = await Promise.all([
          call(first, 'PATCH', `/members/${other.userId}`, { role: 'viewer' }),
          fetch(`${second.url}/api/v1/cities/${install.cityId}/members/${install.userId}`, {
            method: 'PATCH',
            headers: {
              cookie: other.cookie,
              'content-type': 'application/json',
              origin: second.url,
            },
            body: JSON.stringify({ role: 'viewer' }),
          }),
        ]);
        const key = [a.status, b.status].sort().join('+');
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        const admins = await client.query(
          "select count(*)::int as n from memberships where city_id = $1 and role = 'city-admin'",
          [install.cityId],
        );
        expect(admins.rows[0].n).toBeGreaterThanOrEqual(1);
        expect([a.status, b.status].filter((status) => status === 200)).toHaveLength(1);
      }
      console.log(
        `two instances, mutual demotions: ${JSON.stringify(Object.fromEntries(outcomes))}`,
      );
    } finally {
      await client.end();
    }
  });
});

/** A second city admin with a session, written straight to the database. */
async function prepareSecondAdmin(client: pg.Client): Promise<{ userId: string; cookie: string }> {
  const userId = `u-${randomBytes(6).toString('hex')}`;
  const token = randomBytes(32).toString('base64url');
  const now = new Date().toISOString();
  const later = new Date(Date.now() + 86_400_000).toISOString();
  await client.query(
    `insert into users (id, email, name, password_hash, locale, is_network_admin, created_at, updated_at)
     values ($1, $2, 'Second admin', 'not-a-hash', 'en', 0, $3, $3)`,
    [userId, `${userId}@example.org`, now],
  );
  await client.query(
    `insert into memberships (city_id, user_id, role, created_at, updated_at) values ($1, $2, 'city-admin', $3, $3)`,
    [install.cityId, userId, now],
  );
  await client.query(
    `insert into sessions (id, token_hash, user_id, created_at, expires_at, last_seen_at) values ($1, $2, $3, $4, $5, $4)`,
    [`s-${userId}`, hashToken(token), userId, now, later],
  );
  return { userId, cookie: `${install.cookie.split('=')[0]}=${token}` };
}
