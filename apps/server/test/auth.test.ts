import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_LIMIT } from '../src/modules/auth/sign-in-throttle.js';
import { DIALECTS } from './test-database.js';
import { TEST_PASSWORD, type TestApp, createTestApp, sessionCookieFrom } from './test-app.js';

describe.each(DIALECTS)('sign-in, sessions and sign-out (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in with email and password and sets a secure session cookie', async () => {
    const user = await t.createUser({ email: 'Ada@Example.org', name: 'Ada' });
    const response = await t.request('POST', '/api/v1/auth/sign-in', {
      body: { email: '  ADA@example.org ', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      user: {
        id: user.id,
        email: 'ada@example.org',
        name: 'Ada',
        locale: 'en',
        isNetworkAdmin: false,
      },
    });
    const cookie = response.cookies.find((c) => c.name === '__Host-concord_session');
    expect(cookie).toMatchObject({ path: '/', httpOnly: true, secure: true, sameSite: 'Lax' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie?.expires).toBeInstanceOf(Date);

    const me = await t.request('GET', '/api/v1/me', {
      cookie: sessionCookieFrom(response, t.config.sessionCookie.name),
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
  });

  it('stores only a hash of the session token', async () => {
    const user = await t.createUser();
    const response = await t.request('POST', '/api/v1/auth/sign-in', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    const token = sessionCookieFrom(response, t.config.sessionCookie.name).split('=')[1];
    const rows = await t.database.db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses a wrong password and an unknown email the same way', async () => {
    const user = await t.createUser();
    const wrongPassword = await t.request('POST', '/api/v1/auth/sign-in', {
      body: { email: user.email, password: 'not the password' },
    });
    const unknownEmail = await t.request('POST', '/api/v1/auth/sign-in', {
      body: { email: 'nobody@example.org', password: 'not the password' },
    });
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('invalid_credentials');
      expect(response.json().error.message).toBe('The email address or password is not right.');
      expect(response.cookies).toHaveLength(0);
    }
  });

  it(`answers 429 after ${ACCOUNT_LIMIT.failures} failures for one account, even with the right password`, async () => {
    const user = await t.createUser();
    const attempt = (password: string, ip = '203.0.113.7') =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        remoteAddress: ip,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: user.email, password }),
      });
    for (let i = 0; i < ACCOUNT_LIMIT.failures; i += 1) {
      expect((await attempt('wrong password')).statusCode).toBe(401);
    }
    const blocked = await attempt(TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The real user signing in from elsewhere is not locked out by a stranger's guesses.
    expect((await attempt(TEST_PASSWORD, '198.51.100.9')).statusCode).toBe(200);
  });

  it('a successful sign-in clears earlier failures for that account', async () => {
    const user = await t.createUser();
    const attempt = (password: string) =>
      t.request('POST', '/api/v1/auth/sign-in', { body: { email: user.email, password } });
    for (let i = 0; i < ACCOUNT_LIMIT.failures - 1; i += 1) await attempt('wrong password');
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
    expect((await attempt('wrong password')).statusCode).toBe(401);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('lists every bad field of a sign-in body with its path', async () => {
    const response = await t.request('POST', '/api/v1/auth/sign-in', {
      body: { email: 'not-an-email', password: 42, remember: true },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'body.email', message: 'Enter an email address, like name@example.org.' },
        { path: 'body.password', message: 'Must be text.' },
        { path: 'body.remember', message: 'This field is not allowed.' },
      ]),
    );
  });

  it('signs out: deletes the session row and clears the cookie', async () => {
    const user = await t.createUser();
    const cookie = await t.cookieFor(user);
    const response = await t.request('POST', '/api/v1/auth/sign-out', { cookie });
    expect(response.statusCode).toBe(204);
    const cleared = response.cookies.find((c) => c.name === t.config.sessionCookie.name);
    expect(cleared?.value).toBe('');
    expect((await t.request('GET', '/api/v1/me', { cookie })).statusCode).toBe(401);
    const rows = await t.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toHaveLength(0);
  });

  it('signing in ends the session the browser already presented (session fixation)', async () => {
    const user = await t.createUser();
    const other = await t.createUser();
    // A session someone else planted in this browser, and the user's own earlier one.
    for (const owner of [other, user]) {
      const presented = await t.cookieFor(owner);
      const presentedId = await t.database.db
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', owner.id)
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
      const response = await t.request('POST', '/api/v1/auth/sign-in', {
        cookie: presented,
        body: { email: user.email, password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const issued = sessionCookieFrom(response, t.config.sessionCookie.name);
      expect(issued).not.toBe(presented);
      expect((await t.request('GET', '/api/v1/me', { cookie: presented })).statusCode).toBe(401);
      const gone = await t.database.db
        .selectFrom('sessions')
        .select('id')
        .where('id', '=', presentedId.id)
        .execute();
      expect(gone).toEqual([]);
      const me = await t.request('GET', '/api/v1/me', { cookie: issued });
      expect(me.json().user.id).toBe(user.id);
    }
  });

  it('a failed sign-in leaves the session the browser already had alone', async () => {
    const user = await t.createUser();
    const cookie = await t.cookieFor(user);
    const failed = await t.request('POST', '/api/v1/auth/sign-in', {
      cookie,
      body: { email: user.email, password: 'not the password' },
    });
    expect(failed.statusCode).toBe(401);
    expect((await t.request('GET', '/api/v1/me', { cookie })).statusCode).toBe(200);
  });

  it('treats an expired session as signed out', async () => {
    const user = await t.createUser();
    const cookie = await t.cookieFor(user);
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    const response = await t.request('GET', '/api/v1/me', { cookie });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('treats a session unused for over a week as signed out', async () => {
    const user = await t.createUser();
    const cookie = await t.cookieFor(user);
    await t.database.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    expect((await t.request('GET', '/api/v1/me', { cookie })).statusCode).toBe(401);
  });

  it('answers 401 to a made-up cookie', async () => {
    const response = await t.request('GET', '/api/v1/me', {
      cookie: `${t.config.sessionCookie.name}=${'x'.repeat(43)}`,
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('session cookie on a plain-http public address', () => {
  it('falls back to a non-Secure cookie without the __Host- prefix', async () => {
    const t = await createTestApp('sqlite', { env: { PUBLIC_URL: 'http://concord.lan:8080' } });
    try {
      const user = await t.createUser();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: { 'content-type': 'application/json', origin: 'http://concord.lan:8080' },
        payload: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
      });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === 'concord_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.secure).toBeFalsy();
    } finally {
      await t.close();
    }
  });
});
