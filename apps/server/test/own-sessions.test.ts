import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './test-database.js';
import { TEST_PASSWORD, type TestApp, createTestApp, sessionCookieFrom } from './test-app.js';

describe.each(DIALECTS)('your sessions: /me/sessions (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  async function signIn(email: string): Promise<string> {
    const response = await t.request('POST', '/api/v1/auth/sign-in', {
      body: { email, password: TEST_PASSWORD },
    });
    return sessionCookieFrom(response, t.config.sessionCookie.name);
  }

  async function sessionIdsOf(userId: string): Promise<string[]> {
    const rows = await t.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', userId)
      .execute();
    return rows.map((row) => row.id).sort();
  }

  it('lists your sessions with dates and marks this device, never the token or its hash', async () => {
    const user = await t.createUser();
    const laptop = await signIn(user.email);
    const phone = await signIn(user.email);
    const response = await t.request('GET', '/api/v1/me/sessions', { cookie: phone });
    expect(response.statusCode).toBe(200);
    const { sessions } = response.json();
    expect(sessions).toHaveLength(2);
    expect(sessions.map((session: { id: string }) => session.id).sort()).toEqual(
      await sessionIdsOf(user.id),
    );
    expect(sessions.filter((session: { isCurrent: boolean }) => session.isCurrent)).toHaveLength(1);
    for (const session of sessions) {
      expect(Object.keys(session).sort()).toEqual([
        'createdAt',
        'expiresAt',
        'id',
        'isCurrent',
        'lastSeenAt',
      ]);
      expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.parse(session.lastSeenAt));
    }
    const body = response.body;
    const rows = await t.database.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .execute();
    for (const secret of [laptop, phone].map((cookie) => cookie.split('=')[1] ?? '')) {
      expect(body).not.toContain(secret);
    }
    for (const row of rows) expect(body).not.toContain(row.token_hash);
  });

  it('does not list sessions that are over (expired, or unused for a week)', async () => {
    const user = await t.createUser();
    await t.cookieFor(user);
    await t.cookieFor(user);
    const [expired, idle] = await sessionIdsOf(user.id);
    const current = await t.cookieFor(user);
    const now = Date.now();
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(now - 1000).toISOString() })
      .where('id', '=', expired ?? '')
      .execute();
    await t.database.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now - 8 * 24 * 3600 * 1000).toISOString() })
      .where('id', '=', idle ?? '')
      .execute();
    const listed = (await t.request('GET', '/api/v1/me/sessions', { cookie: current })).json()
      .sessions as { id: string; isCurrent: boolean }[];
    expect(listed.map((session) => session.id)).not.toContain(expired);
    expect(listed.map((session) => session.id)).not.toContain(idle);
    expect(listed.some((session) => session.isCurrent)).toBe(true);
  });

  it("ends one of your other sessions; someone else's session id is 404 and stays", async () => {
    const user = await t.createUser();
    const stranger = await t.createUser();
    const here = await signIn(user.email);
    const there = await signIn(user.email);
    const strangers = await signIn(stranger.email);
    const listed = (await t.request('GET', '/api/v1/me/sessions', { cookie: here })).json()
      .sessions as { id: string; isCurrent: boolean }[];
    const other = listed.find((session) => !session.isCurrent);
    const ended = await t.request('DELETE', `/api/v1/me/sessions/${other?.id}`, { cookie: here });
    expect(ended.statusCode).toBe(204);
    expect(ended.cookies.find((c) => c.name === t.config.sessionCookie.name)).toBeUndefined();
    expect((await t.request('GET', '/api/v1/me', { cookie: there })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/v1/me', { cookie: here })).statusCode).toBe(200);

    const [strangerSessionId] = await sessionIdsOf(stranger.id);
    for (const id of [strangerSessionId, 'no-such-session', other?.id]) {
      const refused = await t.request('DELETE', `/api/v1/me/sessions/${id}`, { cookie: here });
      expect(refused.statusCode).toBe(404);
      expect(refused.json().error.code).toBe('not_found');
    }
    expect((await t.request('GET', '/api/v1/me', { cookie: strangers })).statusCode).toBe(200);
  });

  it('ending this session signs you out here and clears the cookie', async () => {
    const user = await t.createUser();
    const here = await signIn(user.email);
    const listed = (await t.request('GET', '/api/v1/me/sessions', { cookie: here })).json()
      .sessions as { id: string; isCurrent: boolean }[];
    const current = listed.find((session) => session.isCurrent);
    const ended = await t.request('DELETE', `/api/v1/me/sessions/${current?.id}`, { cookie: here });
    expect(ended.statusCode).toBe(204);
    expect(ended.cookies.find((c) => c.name === t.config.sessionCookie.name)?.value).toBe('');
    expect((await t.request('GET', '/api/v1/me', { cookie: here })).statusCode).toBe(401);
  });

  it('signs out everywhere else and keeps this session', async () => {
    const user = await t.createUser();
    const stranger = await t.createUser();
    const strangers = await signIn(stranger.email);
    const here = await signIn(user.email);
    const elsewhere = [await signIn(user.email), await signIn(user.email)];
    const response = await t.request('POST', '/api/v1/me/sessions/sign-out-others', {
      cookie: here,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ended: 2 });
    for (const cookie of elsewhere) {
      expect((await t.request('GET', '/api/v1/me', { cookie })).statusCode).toBe(401);
    }
    expect((await t.request('GET', '/api/v1/me', { cookie: here })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/v1/me', { cookie: strangers })).statusCode).toBe(200);
    const again = await t.request('POST', '/api/v1/me/sessions/sign-out-others', { cookie: here });
    expect(again.json()).toEqual({ ended: 0 });
  });

  it('asks a signed-out caller to sign in, and refuses cross-site writes', async () => {
    expect((await t.request('GET', '/api/v1/me/sessions')).statusCode).toBe(401);
    expect((await t.request('DELETE', '/api/v1/me/sessions/anything')).statusCode).toBe(401);
    expect((await t.request('POST', '/api/v1/me/sessions/sign-out-others')).statusCode).toBe(401);
    const user = await t.createUser();
    const cookie = await t.cookieFor(user);
    const crossSite = await t.request('POST', '/api/v1/me/sessions/sign-out-others', {
      cookie,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('csrf_rejected');
  });
});
