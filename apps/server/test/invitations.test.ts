import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './test-database.js';
import {
  TEST_ORIGIN,
  TEST_PASSWORD,
  type TestApp,
  createTestApp,
  sessionCookieFrom,
} from './test-app.js';

describe.each(DIALECTS)('invitations (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  async function setUp() {
    const admin = await t.createUser({ name: 'Hana Admin' });
    const cityId = await t.createCity({
      name: 'Harbourtown',
      members: [{ user: admin, role: 'city-admin' }],
    });
    const adminCookie = await t.cookieFor(admin);
    const invite = async (email: string, role = 'editor') => {
      const response = await t.request('POST', `/api/v1/cities/${cityId}/invitations`, {
        cookie: adminCookie,
        body: { email, role },
      });
      return response;
    };
    return { admin, cityId, adminCookie, invite };
  }

  function tokenOf(link: string): string {
    return link.split('/join/')[1] ?? '';
  }

  it('creates an invitation whose link is shown once and stored only as a hash', async () => {
    const { admin, cityId, adminCookie, invite } = await setUp();
    const response = await invite('New.Person@Example.org', 'contributor');
    expect(response.statusCode).toBe(201);
    const { invitation, link } = response.json();
    expect(link).toMatch(new RegExp(`^${TEST_ORIGIN}/join/[A-Za-z0-9_-]{43}$`));
    expect(invitation).toMatchObject({
      email: 'new.person@example.org',
      role: 'contributor',
      createdBy: { userId: admin.id, name: 'Hana Admin' },
    });
    const days = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(days).toBe(7);

    const rows = await t.database.db
      .selectFrom('invitations')
      .selectAll()
      .where('city_id', '=', cityId)
      .execute();
    expect(JSON.stringify(rows)).not.toContain(tokenOf(link));

    const list = await t.request('GET', `/api/v1/cities/${cityId}/invitations`, {
      cookie: adminCookie,
    });
    expect(list.json().invitations).toEqual([invitation]);
  });

  it('shows what the link is for without an account', async () => {
    const { invite } = await setUp();
    const { link } = (await invite('viewer.person@example.org', 'viewer')).json();
    const response = await t.request('GET', `/api/v1/invitations/${tokenOf(link)}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      cityName: 'Harbourtown',
      role: 'viewer',
      email: 'viewer.person@example.org',
      accountExists: false,
    });
  });

  it('accepting creates the account, joins the city and signs in; the link then stops working', async () => {
    const { cityId, invite } = await setUp();
    const { link } = (await invite('joiner@example.org', 'editor')).json();
    const token = tokenOf(link);
    const accepted = await t.request('POST', `/api/v1/invitations/${token}/accept`, {
      body: { name: 'Jo Iner', password: 'a long enough password' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({
      email: 'joiner@example.org',
      name: 'Jo Iner',
      isNetworkAdmin: false,
    });
    const cookie = sessionCookieFrom(accepted, t.config.sessionCookie.name);
    const me = await t.request('GET', '/api/v1/me', { cookie });
    expect(me.json().memberships).toEqual([{ cityId, cityName: 'Harbourtown', role: 'editor' }]);

    const again = await t.request('POST', `/api/v1/invitations/${token}/accept`, {
      body: { name: 'Someone Else', password: 'another long password' },
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('invitation_invalid');
    expect((await t.request('GET', `/api/v1/invitations/${token}`)).statusCode).toBe(410);
  });

  it('an existing account joins with its own password', async () => {
    const { cityId, invite } = await setUp();
    const existing = await t.createUser();
    const { link } = (await invite(existing.email, 'viewer')).json();
    const token = tokenOf(link);
    expect((await t.request('GET', `/api/v1/invitations/${token}`)).json().accountExists).toBe(
      true,
    );

    const wrong = await t.request('POST', `/api/v1/invitations/${token}/accept`, {
      body: { password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');

    const accepted = await t.request('POST', `/api/v1/invitations/${token}/accept`, {
      body: { password: TEST_PASSWORD },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user.id).toBe(existing.id);
    const me = await t.request('GET', '/api/v1/me', {
      cookie: sessionCookieFrom(accepted, t.config.sessionCookie.name),
    });
    expect(me.json().memberships).toEqual([{ cityId, cityName: 'Harbourtown', role: 'viewer' }]);
  });

  it('a new account needs a name and a password of at least 12 characters', async () => {
    const { invite } = await setUp();
    const { link } = (await invite('short@example.org')).json();
    const response = await t.request('POST', `/api/v1/invitations/${tokenOf(link)}/accept`, {
      body: { password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: 'body.name', message: 'Enter your name.' },
      { path: 'body.password', message: 'Use at least 12 characters.' },
    ]);
    // A refused attempt does not use up the link.
    expect((await t.request('GET', `/api/v1/invitations/${tokenOf(link)}`)).statusCode).toBe(200);
  });

  it('a new account may not take a common password or one built on its name, email or city', async () => {
    const { invite } = await setUp();
    const { link } = (await invite('sam.rivers@example.org')).json();
    const accept = (password: string) =>
      t.request('POST', `/api/v1/invitations/${tokenOf(link)}/accept`, {
        body: { name: 'Sam Rivers', password },
      });
    const common = await accept('qwerty123456');
    expect(common.statusCode).toBe(400);
    expect(common.json().error.fields).toEqual([
      {
        path: 'body.password',
        message: 'This password is too common. Choose a longer phrase of your own.',
      },
    ]);
    for (const password of ['Harbourtown2026!', 'sam.rivers.1990', 'Concord 2026 Sam']) {
      const personal = await accept(password);
      expect(personal.statusCode, password).toBe(400);
      expect(personal.json().error.fields[0].path).toBe('body.password');
      expect(personal.json().error.fields[0].message).toContain('"Concord", your name');
    }
    expect((await accept('tide tables and lighthouse keepers')).statusCode).toBe(200);
  });

  it("accepting ends the session the browser already had (someone else's), then signs in the joiner", async () => {
    const { invite } = await setUp();
    const previous = await t.createUser();
    const previousCookie = await t.cookieFor(previous);
    const { link } = (await invite('fresh.joiner@example.org')).json();
    const accepted = await t.request('POST', `/api/v1/invitations/${tokenOf(link)}/accept`, {
      cookie: previousCookie,
      body: { name: 'Fresh Joiner', password: 'a long enough password' },
    });
    expect(accepted.statusCode).toBe(200);
    expect((await t.request('GET', '/api/v1/me', { cookie: previousCookie })).statusCode).toBe(401);
    const sessions = await t.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', previous.id)
      .execute();
    expect(sessions).toEqual([]);
    const joined = sessionCookieFrom(accepted, t.config.sessionCookie.name);
    expect(joined).not.toBe(previousCookie);
    const me = await t.request('GET', '/api/v1/me', { cookie: joined });
    expect(me.json().user.email).toBe('fresh.joiner@example.org');
  });

  it('an expired invitation is invalid and no longer listed', async () => {
    const { cityId, adminCookie, invite } = await setUp();
    const { link, invitation } = (await invite('late@example.org')).json();
    await t.database.db
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', invitation.id)
      .execute();
    expect((await t.request('GET', `/api/v1/invitations/${tokenOf(link)}`)).statusCode).toBe(410);
    const accept = await t.request('POST', `/api/v1/invitations/${tokenOf(link)}/accept`, {
      body: { name: 'Late', password: 'a long enough password' },
    });
    expect(accept.statusCode).toBe(410);
    const list = await t.request('GET', `/api/v1/cities/${cityId}/invitations`, {
      cookie: adminCookie,
    });
    expect(list.json().invitations).toEqual([]);
  });

  it('a cancelled invitation is invalid; inviting again replaces the pending link', async () => {
    const { cityId, adminCookie, invite } = await setUp();
    const first = (await invite('twice@example.org')).json();
    const second = (await invite('twice@example.org', 'viewer')).json();
    expect((await t.request('GET', `/api/v1/invitations/${tokenOf(first.link)}`)).statusCode).toBe(
      410,
    );
    const list = await t.request('GET', `/api/v1/cities/${cityId}/invitations`, {
      cookie: adminCookie,
    });
    expect(list.json().invitations.map((i: { id: string }) => i.id)).toEqual([
      second.invitation.id,
    ]);

    const cancel = await t.request(
      'DELETE',
      `/api/v1/cities/${cityId}/invitations/${second.invitation.id}`,
      {
        cookie: adminCookie,
      },
    );
    expect(cancel.statusCode).toBe(204);
    expect((await t.request('GET', `/api/v1/invitations/${tokenOf(second.link)}`)).statusCode).toBe(
      410,
    );
    const cancelAgain = await t.request(
      'DELETE',
      `/api/v1/cities/${cityId}/invitations/${second.invitation.id}`,
      {
        cookie: adminCookie,
      },
    );
    expect(cancelAgain.statusCode).toBe(404);
  });

  it("an admin of another city cannot see or cancel this city's invitation (404)", async () => {
    const { invite } = await setUp();
    const { invitation } = (await invite('mine@example.org')).json();
    const other = await setUp();
    const response = await t.request(
      'DELETE',
      `/api/v1/cities/${other.cityId}/invitations/${invitation.id}`,
      {
        cookie: other.adminCookie,
      },
    );
    expect(response.statusCode).toBe(404);
  });

  it('refuses to invite someone who is already a member (409)', async () => {
    const { admin, invite } = await setUp();
    const response = await invite(admin.email);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('conflict');
  });

  it('unknown and malformed tokens are 410, never 500', async () => {
    for (const token of ['nope', 'x'.repeat(43), '%00%00', 'a'.repeat(200)]) {
      const response = await t.request('GET', `/api/v1/invitations/${token}`);
      expect(response.statusCode).toBe(410);
    }
    const huge = await t.request('GET', `/api/v1/invitations/${'a'.repeat(500)}`);
    expect(huge.statusCode).toBe(404);
    expect(huge.json().error.code).toBe('not_found');
  });
});
