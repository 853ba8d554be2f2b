import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './test-database.js';
import { type TestApp, createTestApp } from './test-app.js';

describe.each(DIALECTS)('members (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  async function cityWithTeam() {
    const admin = await t.createUser({ name: 'Zoe Admin' });
    const editor = await t.createUser({ name: 'Bea Editor' });
    const viewer = await t.createUser({ name: 'Ali Viewer' });
    const cityId = await t.createCity({
      members: [
        { user: viewer, role: 'viewer' },
        { user: editor, role: 'editor' },
        { user: admin, role: 'city-admin' },
      ],
    });
    return { cityId, admin, editor, viewer, adminCookie: await t.cookieFor(admin) };
  }

  it('lists members, admins first, with name, email, role and join date', async () => {
    const { cityId, admin, editor, viewer } = await cityWithTeam();
    const response = await t.request('GET', `/api/v1/cities/${cityId}/members`, {
      cookie: await t.cookieFor(viewer),
    });
    expect(response.statusCode).toBe(200);
    const { members } = response.json();
    expect(members.map((m: { userId: string }) => m.userId)).toEqual([
      admin.id,
      editor.id,
      viewer.id,
    ]);
    expect(members[0]).toEqual({
      userId: admin.id,
      name: 'Zoe Admin',
      email: admin.email,
      role: 'city-admin',
      joinedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('a city admin changes a role', async () => {
    const { cityId, editor, adminCookie } = await cityWithTeam();
    const response = await t.request('PATCH', `/api/v1/cities/${cityId}/members/${editor.id}`, {
      cookie: adminCookie,
      body: { role: 'coordinator' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().member).toMatchObject({ userId: editor.id, role: 'coordinator' });
    const list = await t.request('GET', `/api/v1/cities/${cityId}/members`, {
      cookie: adminCookie,
    });
    expect(list.json().members.find((m: { userId: string }) => m.userId === editor.id).role).toBe(
      'coordinator',
    );
  });

  it('a city admin removes a member, who then cannot see the city', async () => {
    const { cityId, viewer, adminCookie } = await cityWithTeam();
    const removed = await t.request('DELETE', `/api/v1/cities/${cityId}/members/${viewer.id}`, {
      cookie: adminCookie,
    });
    expect(removed.statusCode).toBe(204);
    const after = await t.request('GET', `/api/v1/cities/${cityId}`, {
      cookie: await t.cookieFor(viewer),
    });
    expect(after.statusCode).toBe(404);
  });

  it('the last city admin can be neither demoted nor removed (409)', async () => {
    const { cityId, admin, adminCookie } = await cityWithTeam();
    const demote = await t.request('PATCH', `/api/v1/cities/${cityId}/members/${admin.id}`, {
      cookie: adminCookie,
      body: { role: 'coordinator' },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error).toEqual({
      code: 'conflict',
      message: 'A city needs at least one city admin. Make someone else a city admin first.',
    });
    const remove = await t.request('DELETE', `/api/v1/cities/${cityId}/members/${admin.id}`, {
      cookie: adminCookie,
    });
    expect(remove.statusCode).toBe(409);
  });

  it('with a second admin, an admin may step down', async () => {
    const { cityId, admin, editor, adminCookie } = await cityWithTeam();
    await t.request('PATCH', `/api/v1/cities/${cityId}/members/${editor.id}`, {
      cookie: adminCookie,
      body: { role: 'city-admin' },
    });
    const stepDown = await t.request('PATCH', `/api/v1/cities/${cityId}/members/${admin.id}`, {
      cookie: adminCookie,
      body: { role: 'viewer' },
    });
    expect(stepDown.statusCode).toBe(200);
    const noLonger = await t.request('PATCH', `/api/v1/cities/${cityId}/members/${editor.id}`, {
      cookie: adminCookie,
      body: { role: 'viewer' },
    });
    expect(noLonger.statusCode).toBe(403);
  });

  it('concurrent demotions of two admins leave at least one admin', async () => {
    const { cityId, admin, editor, adminCookie } = await cityWithTeam();
    await t.request('PATCH', `/api/v1/cities/${cityId}/members/${editor.id}`, {
      cookie: adminCookie,
      body: { role: 'city-admin' },
    });
    const editorCookie = await t.cookieFor(editor);
    const results = await Promise.all([
      t.request('PATCH', `/api/v1/cities/${cityId}/members/${editor.id}`, {
        cookie: adminCookie,
        body: { role: 'viewer' },
      }),
      t.request('PATCH', `/api/v1/cities/${cityId}/members/${admin.id}`, {
        cookie: editorCookie,
        body: { role: 'viewer' },
      }),
    ]);
    // Whichever commits second is refused: 409 (last admin) or 403 (no longer an admin).
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const admins = await t.database.db
      .selectFrom('memberships')
      .select('user_id')
      .where('city_id', '=', cityId)
      .where('role', '=', 'city-admin')
      .execute();
    expect(admins).toHaveLength(1);
  });

  it('unknown members and bad roles', async () => {
    const { cityId, editor, adminCookie } = await cityWithTeam();
    const outsider = await t.createUser();
    const unknown = await t.request('PATCH', `/api/v1/cities/${cityId}/members/${outsider.id}`, {
      cookie: adminCookie,
      body: { role: 'viewer' },
    });
    expect(unknown.statusCode).toBe(404);
    const removeUnknown = await t.request(
      'DELETE',
      `/api/v1/cities/${cityId}/members/no-such-user`,
      {
        cookie: adminCookie,
      },
    );
    expect(removeUnknown.statusCode).toBe(404);
    const badRole = await t.request('PATCH', `/api/v1/cities/${cityId}/members/${editor.id}`, {
      cookie: adminCookie,
      body: { role: 'mayor' },
    });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.fields).toEqual([
      {
        path: 'body.role',
        message: 'Choose one of: city-admin, coordinator, editor, contributor, viewer.',
      },
    ]);
  });
});
