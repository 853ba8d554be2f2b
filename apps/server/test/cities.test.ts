import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './test-database.js';
import { type TestApp, createTestApp } from './test-app.js';

const RIVERSIDE = {
  name: 'Riverside',
  country: 'ca',
  languages: ['en', 'FR', 'ar'],
  timeZone: 'america/toronto',
};

describe.each(DIALECTS)('cities (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('a network admin creates a city, normalises its codes and becomes its first city admin', async () => {
    const admin = await t.createUser({ isNetworkAdmin: true });
    const cookie = await t.cookieFor(admin);
    const created = await t.request('POST', '/api/v1/cities', { cookie, body: RIVERSIDE });
    expect(created.statusCode).toBe(201);
    const { city } = created.json();
    expect(city).toMatchObject({
      name: 'Riverside',
      country: 'CA',
      languages: ['en', 'fr', 'ar'],
      timeZone: 'America/Toronto',
    });
    expect(city.id).toMatch(/^[0-9a-f-]{36}$/);

    const detail = await t.request('GET', `/api/v1/cities/${city.id}`, { cookie });
    expect(detail.json()).toEqual({
      city,
      role: 'city-admin',
      can: { view: true, editCity: true, manageMembers: true, editStrategy: true },
    });
  });

  it('only a network admin may create a city', async () => {
    const user = await t.createUser();
    const response = await t.request('POST', '/api/v1/cities', {
      cookie: await t.cookieFor(user),
      body: RIVERSIDE,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });

  it('lists a member only their own cities, a network admin every city', async () => {
    const member = await t.createUser();
    const networkAdmin = await t.createUser({ isNetworkAdmin: true });
    const mine = await t.createCity({
      name: 'Aardvark Bay',
      members: [{ user: member, role: 'viewer' }],
    });
    const other = await t.createCity({ name: 'Abbotsford Test' });

    const forMember = (
      await t.request('GET', '/api/v1/cities', { cookie: await t.cookieFor(member) })
    ).json();
    expect(forMember.cities.map((c: { id: string }) => c.id)).toEqual([mine]);
    expect(forMember.cities[0]).toMatchObject({
      name: 'Aardvark Bay',
      role: 'viewer',
      country: 'FR',
    });

    const forAdmin = (
      await t.request('GET', '/api/v1/cities', { cookie: await t.cookieFor(networkAdmin) })
    ).json();
    const ids = forAdmin.cities.map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining([mine, other]));
    expect(forAdmin.cities.every((c: { role: string | null }) => c.role === null)).toBe(true);
  });

  it('a member sees the city with flags for their role', async () => {
    const viewer = await t.createUser();
    const cityId = await t.createCity({ members: [{ user: viewer, role: 'viewer' }] });
    const response = await t.request('GET', `/api/v1/cities/${cityId}`, {
      cookie: await t.cookieFor(viewer),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      role: 'viewer',
      can: { view: true, editCity: false, manageMembers: false, editStrategy: false },
    });
  });

  it('a network admin who is not a member may view but not edit the city', async () => {
    const networkAdmin = await t.createUser({ isNetworkAdmin: true });
    const cityId = await t.createCity();
    const cookie = await t.cookieFor(networkAdmin);
    const response = await t.request('GET', `/api/v1/cities/${cityId}`, { cookie });
    expect(response.json()).toMatchObject({
      role: null,
      can: { view: true, editCity: false, manageMembers: false, editStrategy: false },
    });
    const edit = await t.request('PATCH', `/api/v1/cities/${cityId}`, {
      cookie,
      body: { name: 'Renamed' },
    });
    expect(edit.statusCode).toBe(403);
  });

  it('a city admin renames the city and changes languages and time zone', async () => {
    const admin = await t.createUser();
    const cityId = await t.createCity({ members: [{ user: admin, role: 'city-admin' }] });
    const response = await t.request('PATCH', `/api/v1/cities/${cityId}`, {
      cookie: await t.cookieFor(admin),
      body: { name: 'New Name', languages: ['ar', 'en'], timeZone: 'Africa/Casablanca' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().city).toMatchObject({
      id: cityId,
      name: 'New Name',
      country: 'FR',
      languages: ['ar', 'en'],
      timeZone: 'Africa/Casablanca',
    });
  });

  it('reports every bad city field with its path', async () => {
    const admin = await t.createUser({ isNetworkAdmin: true });
    const response = await t.request('POST', '/api/v1/cities', {
      cookie: await t.cookieFor(admin),
      body: {
        name: 'x'.repeat(201),
        country: 'XX',
        languages: ['en', 'not a tag!'],
        timeZone: 'Mars/Olympus',
        mayor: 'Z',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'body.name', message: 'Use at most 200 characters.' },
        {
          path: 'body.country',
          message: 'Enter a two-letter country code (ISO 3166-1), like FR or KE.',
        },
        { path: 'body.languages.1', message: 'Enter a language tag (BCP 47), like en, fr or ar.' },
        { path: 'body.timeZone', message: 'Enter a time zone name, like Europe/Paris.' },
        { path: 'body.mayor', message: 'This field is not allowed.' },
      ]),
    );
  });

  it('reports missing fields and wrong types', async () => {
    const admin = await t.createUser({ isNetworkAdmin: true });
    const response = await t.request('POST', '/api/v1/cities', {
      cookie: await t.cookieFor(admin),
      body: { name: 12, languages: 'en' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'body.name', message: 'Must be text.' },
        { path: 'body.country', message: 'This field is required.' },
        { path: 'body.languages', message: 'Must be a list.' },
        { path: 'body.timeZone', message: 'This field is required.' },
      ]),
    );
  });

  it('refuses duplicate languages and an empty language list', async () => {
    const admin = await t.createUser();
    const cityId = await t.createCity({ members: [{ user: admin, role: 'city-admin' }] });
    const cookie = await t.cookieFor(admin);
    const duplicate = await t.request('PATCH', `/api/v1/cities/${cityId}`, {
      cookie,
      body: { languages: ['en', 'EN'] },
    });
    expect(duplicate.json().error.fields).toEqual([
      { path: 'body.languages', message: 'List each language once.' },
    ]);
    const empty = await t.request('PATCH', `/api/v1/cities/${cityId}`, {
      cookie,
      body: { languages: [] },
    });
    expect(empty.json().error.fields).toEqual([
      { path: 'body.languages', message: 'Add at least one language.' },
    ]);
  });

  it('answers 404 for a city id that does not exist, even to a network admin', async () => {
    const admin = await t.createUser({ isNetworkAdmin: true });
    const response = await t.request('GET', '/api/v1/cities/00000000-0000-4000-8000-000000000000', {
      cookie: await t.cookieFor(admin),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
