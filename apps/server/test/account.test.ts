import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './test-database.js';
import { TEST_PASSWORD, type TestApp, createTestApp } from './test-app.js';

describe.each(DIALECTS)('account: /me and password change (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /me lists the cities the user belongs to', async () => {
    const user = await t.createUser({ name: 'Ines' });
    const cityId = await t.createCity({ name: 'Lyonnaise', members: [{ user, role: 'editor' }] });
    await t.createCity({ name: 'Elsewhere' });
    const response = await t.request('GET', '/api/v1/me', { cookie: await t.cookieFor(user) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      user: { id: user.id, email: user.email, name: 'Ines', locale: 'en', isNetworkAdmin: false },
      memberships: [{ cityId, cityName: 'Lyonnaise', role: 'editor' }],
    });
  });

  it('GET /me without a session is 401 unauthenticated', async () => {
    const response = await t.request('GET', '/api/v1/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toEqual({
      code: 'unauthenticated',
      message: 'Sign in to continue.',
    });
  });

  it('PATCH /me changes name and language', async () => {
    const user = await t.createUser();
    const cookie = await t.cookieFor(user);
    const response = await t.request('PATCH', '/api/v1/me', {
      cookie,
      body: { name: '  Samira  ', locale: 'ar' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ name: 'Samira', locale: 'ar' });
    expect((await t.request('GET', '/api/v1/me', { cookie })).json().user.locale).toBe('ar');
  });

  it('PATCH /me refuses unknown languages, empty changes and extra fields', async () => {
    const cookie = await t.cookieFor(await t.createUser());
    const bad = await t.request('PATCH', '/api/v1/me', {
      cookie,
      body: { locale: 'de', email: 'x@example.org' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'body.locale', message: 'Choose one of: en, fr, ar.' },
        { path: 'body.email', message: 'This field is not allowed.' },
      ]),
    );
    const long = await t.request('PATCH', '/api/v1/me', {
      cookie,
      body: { name: 'n'.repeat(201) },
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields).toEqual([
      { path: 'body.name', message: 'Use at most 200 characters.' },
    ]);
    const empty = await t.request('PATCH', '/api/v1/me', { cookie, body: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual([
      { path: 'body', message: 'Send at least one of: name, locale.' },
    ]);
  });

  it('changing the password keeps this session and signs out every other one', async () => {
    const user = await t.createUser();
    const current = await t.cookieFor(user);
    const other = await t.cookieFor(user);
    const response = await t.request('POST', '/api/v1/me/password', {
      cookie: current,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a much longer new passphrase' },
    });
    expect(response.statusCode).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { cookie: current })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/v1/me', { cookie: other })).statusCode).toBe(401);

    const oldPassword = await t.request('POST', '/api/v1/auth/sign-in', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(oldPassword.statusCode).toBe(401);
    const newPassword = await t.request('POST', '/api/v1/auth/sign-in', {
      body: { email: user.email, password: 'a much longer new passphrase' },
    });
    expect(newPassword.statusCode).toBe(200);
  });

  it('refuses a wrong current password and a short new one, naming the field', async () => {
    const user = await t.createUser();
    const cookie = await t.cookieFor(user);
    const wrong = await t.request('POST', '/api/v1/me/password', {
      cookie,
      body: { currentPassword: 'not it at all', newPassword: 'a much longer new passphrase' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([
      { path: 'body.currentPassword', message: 'This is not your current password.' },
    ]);
    const short = await t.request('POST', '/api/v1/me/password', {
      cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual([
      { path: 'body.newPassword', message: 'Use at least 12 characters.' },
    ]);
    const tooLong = await t.request('POST', '/api/v1/me/password', {
      cookie,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'x'.repeat(201) },
    });
    expect(tooLong.json().error.fields).toEqual([
      { path: 'body.newPassword', message: 'Use at most 200 characters.' },
    ]);
  });

  it('refuses a common new password and one built on the name, email or city', async () => {
    const user = await t.createUser({ email: 'maria.costa@example.org', name: 'Maria Costa' });
    await t.createCity({ name: 'Portovela', members: [{ user, role: 'editor' }] });
    const cookie = await t.cookieFor(user);
    const change = (newPassword: string) =>
      t.request('POST', '/api/v1/me/password', {
        cookie,
        body: { currentPassword: TEST_PASSWORD, newPassword },
      });
    const common = await change('iloveyou2026!');
    expect(common.statusCode).toBe(400);
    expect(common.json().error.fields).toEqual([
      {
        path: 'body.newPassword',
        message: 'This password is too common. Choose a longer phrase of your own.',
      },
    ]);
    for (const newPassword of [
      'Portovela 2026!',
      'maria.costa!!',
      'MariaCosta1985',
      'concord-2026-x',
    ]) {
      const personal = await change(newPassword);
      expect(personal.statusCode, newPassword).toBe(400);
      expect(personal.json().error.fields).toEqual([
        { path: 'body.newPassword', message: expect.stringContaining('your city') },
      ]);
    }
    expect((await change('orange kites over the old port')).statusCode).toBe(204);
  });

  it('asks a signed-out caller to sign in before looking at the body', async () => {
    const response = await t.request('POST', '/api/v1/me/password', { body: { nonsense: true } });
    expect(response.statusCode).toBe(401);
  });
});
