import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import { newId } from '../src/lib/ids.js';
import { toTimestamp } from '../src/lib/time.js';
import { TEST_ARGON2_COST, createArgon2Hasher } from '../src/modules/auth/password-hasher.js';
import { ACCOUNT_LIMIT } from '../src/modules/auth/sign-in-throttle.js';
import { DIALECTS, type TestDatabase, createTestDatabase } from './test-database.js';

const ORIGIN = 'http://localhost:3000';
const PASSWORD = 'correct horse battery staple';

type LogLine = Record<string, unknown> & { event?: string; level: number; reqId?: string };

/** ASVS 16.3.x: security events reach the log as JSON lines with a stable `event` name. */
describe.each(DIALECTS)('security events in the log (%s)', (dialect) => {
  let database: TestDatabase;
  let config: Config;
  let app: FastifyInstance;
  let lines: LogLine[] = [];
  const passwords = createArgon2Hasher(TEST_ARGON2_COST);

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    config = loadConfig({
      DATA_DIR: database.dataDir,
      PUBLIC_URL: ORIGIN,
      WEB_DIST_DIR: path.join(database.dataDir, 'no-web-build'),
    });
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const text of chunk.toString('utf8').split('\n')) {
          if (text.trim()) lines.push(JSON.parse(text) as LogLine);
        }
        done();
      },
    });
    app = await buildApp(config, {
      db: database.db,
      passwords,
      logger: { level: 'info', stream },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });
  beforeEach(() => {
    lines = [];
  });

  async function createUser(email: string) {
    const id = newId();
    const now = toTimestamp(new Date());
    await database.db
      .insertInto('users')
      .values({
        id,
        email,
        name: 'Logged Person',
        password_hash: await passwords.hash(PASSWORD),
        locale: 'en',
        is_network_admin: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  function send(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown, cookie?: string) {
    return app.inject({
      method,
      url,
      remoteAddress: '198.51.100.23',
      headers: {
        origin: ORIGIN,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
  }

  function cookieOf(response: Awaited<ReturnType<typeof send>>): string {
    const cookie = response.cookies.find((item) => item.name === config.sessionCookie.name);
    return `${cookie?.name}=${cookie?.value}`;
  }

  const events = (name: string) => lines.filter((line) => line.event === name);

  it('logs failed sign-ins with a reason, never the password or the email in clear', async () => {
    const email = 'logged.failure@example.org';
    const userId = await createUser(email);
    await send('POST', '/api/v1/auth/sign-in', { email, password: 'the wrong secret words' });
    await send('POST', '/api/v1/auth/sign-in', {
      email: 'nobody.here@example.org',
      password: 'the wrong secret words',
    });
    const failed = events('auth.sign_in.failed');
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatchObject({ level: 40, reason: 'wrong_password', userId });
    expect(failed[1]).toMatchObject({ level: 40, reason: 'unknown_account' });
    expect(failed[1]?.userId).toBeUndefined();
    for (const line of failed) {
      expect(line.reqId).toEqual(expect.any(String));
      expect(line.accountKey).toMatch(/^[0-9a-f]{16}$/);
    }
    // The same address always gives the same key, so repeated tries can be grouped.
    await send('POST', '/api/v1/auth/sign-in', { email, password: 'the wrong secret words' });
    expect(events('auth.sign_in.failed')[2]?.accountKey).toBe(failed[0]?.accountKey);
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain('the wrong secret words');
    expect(everything).not.toContain('logged.failure');
    expect(everything).not.toContain('nobody.here');
  });

  it('logs a successful sign-in, the session it replaced, and sign-out', async () => {
    const email = 'logged.success@example.org';
    const userId = await createUser(email);
    const first = await send('POST', '/api/v1/auth/sign-in', { email, password: PASSWORD });
    const second = await send(
      'POST',
      '/api/v1/auth/sign-in',
      { email, password: PASSWORD },
      cookieOf(first),
    );
    const succeeded = events('auth.sign_in.succeeded');
    expect(succeeded).toHaveLength(2);
    expect(succeeded[0]).toMatchObject({ level: 30, userId, sessionId: expect.any(String) });
    expect(succeeded[1]).toMatchObject({ userId, endedSessionId: succeeded[0]?.sessionId });
    await send('POST', '/api/v1/auth/sign-out', undefined, cookieOf(second));
    expect(events('auth.sign_out')).toEqual([
      expect.objectContaining({ userId, sessionId: succeeded[1]?.sessionId }),
    ]);
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(cookieOf(first).split('=')[1]);
    expect(everything).not.toContain(cookieOf(second).split('=')[1]);
  });

  it('logs the lockout (429)', async () => {
    const email = 'logged.lockout@example.org';
    await createUser(email);
    for (let attempt = 0; attempt < ACCOUNT_LIMIT.failures; attempt += 1) {
      await send('POST', '/api/v1/auth/sign-in', { email, password: 'guess number words' });
    }
    const locked = await send('POST', '/api/v1/auth/sign-in', { email, password: PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(events('auth.sign_in.throttled')).toEqual([
      expect.objectContaining({ level: 40, accountKey: expect.stringMatching(/^[0-9a-f]{16}$/) }),
    ]);
  });

  it('logs password changes (refused and done) and sessions ended from the account page', async () => {
    const email = 'logged.account@example.org';
    const userId = await createUser(email);
    const other = cookieOf(
      await send('POST', '/api/v1/auth/sign-in', { email, password: PASSWORD }),
    );
    const third = cookieOf(
      await send('POST', '/api/v1/auth/sign-in', { email, password: PASSWORD }),
    );
    const here = cookieOf(
      await send('POST', '/api/v1/auth/sign-in', { email, password: PASSWORD }),
    );
    const sessions = (await send('GET', '/api/v1/me/sessions', undefined, here)).json()
      .sessions as {
      id: string;
      isCurrent: boolean;
    }[];
    const otherId = sessions.find((session) => !session.isCurrent)?.id;
    await send('DELETE', `/api/v1/me/sessions/${otherId}`, undefined, here);
    expect(events('account.session.ended')).toEqual([
      expect.objectContaining({ level: 30, userId, endedSessionId: otherId }),
    ]);
    await send('POST', '/api/v1/me/sessions/sign-out-others', undefined, here);
    expect(events('account.sessions.ended_others')).toEqual([
      expect.objectContaining({ userId, ended: 1 }),
    ]);

    await send(
      'POST',
      '/api/v1/me/password',
      {
        currentPassword: 'not my password at all',
        newPassword: 'orange kites over the old port',
      },
      here,
    );
    expect(events('account.password.change_refused')).toEqual([
      expect.objectContaining({ level: 40, userId, reason: 'wrong_current_password' }),
    ]);
    await send(
      'POST',
      '/api/v1/me/password',
      {
        currentPassword: PASSWORD,
        newPassword: 'orange kites over the old port',
      },
      here,
    );
    expect(events('account.password.changed')).toEqual([
      expect.objectContaining({ level: 30, userId }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('orange kites');
    expect([other, third]).toHaveLength(2);
  });

  it('logs an accepted invitation with the city and whether the account is new', async () => {
    const adminEmail = 'logged.admin@example.org';
    const adminId = await createUser(adminEmail);
    const cityId = newId();
    const now = toTimestamp(new Date());
    await database.db
      .insertInto('cities')
      .values({
        id: cityId,
        name: 'Logtown',
        country: 'FR',
        languages: JSON.stringify(['fr']),
        time_zone: 'Europe/Paris',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await database.db
      .insertInto('memberships')
      .values({
        city_id: cityId,
        user_id: adminId,
        role: 'city-admin',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const admin = cookieOf(
      await send('POST', '/api/v1/auth/sign-in', { email: adminEmail, password: PASSWORD }),
    );
    const { link } = (
      await send(
        'POST',
        `/api/v1/cities/${cityId}/invitations`,
        { email: 'new.colleague@example.org', role: 'editor' },
        admin,
      )
    ).json();
    const token = String(link).split('/join/')[1];
    const accepted = await send('POST', `/api/v1/invitations/${token}/accept`, {
      name: 'New Colleague',
      password: 'tide tables and lighthouse keepers',
    });
    expect(accepted.statusCode).toBe(200);
    expect(events('invitation.accepted')).toEqual([
      expect.objectContaining({
        level: 30,
        cityId,
        newAccount: true,
        userId: accepted.json().user.id,
      }),
    ]);
    expect(JSON.stringify(events('invitation.accepted'))).not.toContain(token);

    // Joining with an existing account and the wrong password is a refused sign-in.
    await createUser('logged.existing@example.org');
    const second = (
      await send(
        'POST',
        `/api/v1/cities/${cityId}/invitations`,
        { email: 'logged.existing@example.org', role: 'viewer' },
        admin,
      )
    ).json();
    const refused = await send(
      'POST',
      `/api/v1/invitations/${String(second.link).split('/join/')[1]}/accept`,
      { password: 'not the right words' },
    );
    expect(refused.statusCode).toBe(401);
    expect(events('invitation.accept_refused')).toEqual([
      expect.objectContaining({ level: 40, reason: 'wrong_password' }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('not the right words');
  });
});
