import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import {
  type Team,
  answerUrl,
  createTeam,
  createWorkspaceApp,
  strategyUrl,
} from './workspace-fixture.js';

const SHARED = 'strategy:awareness:q:shared-with-city';

interface Entry {
  id: string;
  at: string;
  actor: { userId: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  strategyId: string | null;
  before: unknown;
  after: unknown;
}

describe.each(DIALECTS)('audit log (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    ({ t } = await createWorkspaceApp(dialect));
  });
  afterAll(async () => {
    await t.close();
  });

  async function readAudit(
    team: Team,
    query = '',
  ): Promise<{ entries: Entry[]; nextCursor: string | null }> {
    const response = await t.request('GET', `/api/v1/cities/${team.cityId}/audit${query}`, {
      cookie: team.cookies.coordinator,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  it('records every answer change with who, when, before and after', async () => {
    const team = await createTeam(t);
    const url = answerUrl(team, SHARED);
    await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: 'no', baseRevision: 0 },
    });
    await t.request('PUT', url, {
      cookie: team.cookies.coordinator,
      body: { value: 'yes', baseRevision: 1 },
    });
    await t.request('DELETE', `${url}?baseRevision=2`, { cookie: team.cookies.editor });

    const { entries } = await readAudit(team, `?strategyId=${team.strategyId}&limit=3`);
    expect(
      entries.map(({ action, actor, entityType, entityId, strategyId, before, after }) => ({
        action,
        actor: actor?.name,
        entityType,
        entityId,
        strategyId,
        before,
        after,
      })),
    ).toEqual([
      {
        action: 'answer.clear',
        actor: 'The editor',
        entityType: 'answer',
        entityId: SHARED,
        strategyId: team.strategyId,
        before: 'yes',
        after: null,
      },
      {
        action: 'answer.save',
        actor: 'The coordinator',
        entityType: 'answer',
        entityId: SHARED,
        strategyId: team.strategyId,
        before: 'no',
        after: 'yes',
      },
      {
        action: 'answer.save',
        actor: 'The editor',
        entityType: 'answer',
        entityId: SHARED,
        strategyId: team.strategyId,
        before: null,
        after: 'no',
      },
    ]);
    expect(entries[0]!.at >= entries[2]!.at).toBe(true);
  });

  it('records strategy and assignment changes', async () => {
    const team = await createTeam(t);
    await t.request('PATCH', strategyUrl(team), {
      cookie: team.cookies['city-admin'],
      body: { title: 'Safer together 2025-2028', endYear: 2029 },
    });
    await t.request(
      'PUT',
      strategyUrl(team, `/assignments/${encodeURIComponent('strategy:funding')}`),
      {
        cookie: team.cookies.coordinator,
        body: { userIds: [team.people.contributor.id, team.people.editor.id] },
      },
    );
    const { entries } = await readAudit(team, `?strategyId=${team.strategyId}`);
    expect(entries.map((e) => [e.action, e.entityId, e.before, e.after])).toEqual([
      [
        'assignment.set',
        'strategy:funding',
        { userIds: [] },
        { userIds: [team.people.contributor.id, team.people.editor.id].sort() },
      ],
      [
        'strategy.update',
        team.strategyId,
        {
          title: 'Strategy 2025-2028',
          startYear: 2025,
          endYear: 2028,
          status: 'active',
          contentVersion: 1,
        },
        {
          title: 'Safer together 2025-2028',
          startYear: 2025,
          endYear: 2029,
          status: 'active',
          contentVersion: 1,
        },
      ],
      [
        'strategy.create',
        team.strategyId,
        null,
        {
          title: 'Strategy 2025-2028',
          startYear: 2025,
          endYear: 2028,
          status: 'active',
          contentVersion: 1,
        },
      ],
    ]);
  });

  it('records city, member and invitation changes', async () => {
    const team = await createTeam(t);
    const admin = team.cookies['city-admin'];
    const city = `/api/v1/cities/${team.cityId}`;
    await t.request('PATCH', city, { cookie: admin, body: { name: 'Riverton' } });
    await t.request('PATCH', `${city}/members/${team.people.viewer.id}`, {
      cookie: admin,
      body: { role: 'contributor' },
    });
    await t.request('DELETE', `${city}/members/${team.people.contributor.id}`, { cookie: admin });
    const cancelled = await t.request('POST', `${city}/invitations`, {
      cookie: admin,
      body: { email: 'cancelled@example.org', role: 'viewer' },
    });
    await t.request('DELETE', `${city}/invitations/${cancelled.json().invitation.id}`, {
      cookie: admin,
    });
    const invited = await t.request('POST', `${city}/invitations`, {
      cookie: admin,
      body: { email: 'newcomer@example.org', role: 'editor' },
    });
    const token = String(invited.json().link).split('/join/')[1];
    const joined = await t.request('POST', `/api/v1/invitations/${token}/accept`, {
      body: { name: 'New Colleague', password: 'a long enough password' },
    });
    expect(joined.statusCode).toBe(200);

    const { entries } = await readAudit(team);
    const summary = entries
      .filter((e) => e.strategyId === null)
      .map((e) => [e.action, e.actor?.name, e.before, e.after]);
    expect(summary).toEqual([
      [
        'member.join',
        'New Colleague',
        null,
        {
          email: 'newcomer@example.org',
          role: 'editor',
          invitationId: invited.json().invitation.id,
        },
      ],
      [
        'invitation.create',
        'The city-admin',
        null,
        { email: 'newcomer@example.org', role: 'editor', expiresAt: expect.any(String) },
      ],
      [
        'invitation.cancel',
        'The city-admin',
        { email: 'cancelled@example.org', role: 'viewer' },
        null,
      ],
      [
        'invitation.create',
        'The city-admin',
        null,
        { email: 'cancelled@example.org', role: 'viewer', expiresAt: expect.any(String) },
      ],
      ['member.remove', 'The city-admin', { name: 'The contributor', role: 'contributor' }, null],
      [
        'member.role-change',
        'The city-admin',
        { name: 'The viewer', role: 'viewer' },
        { name: 'The viewer', role: 'contributor' },
      ],
      [
        'city.update',
        'The city-admin',
        expect.objectContaining({ name: 'Testville' }),
        expect.objectContaining({ name: 'Riverton' }),
      ],
    ]);
  });

  it('records the creation of a city', async () => {
    const networkAdmin = await t.createUser({ isNetworkAdmin: true, name: 'Network' });
    const cookie = await t.cookieFor(networkAdmin);
    const created = await t.request('POST', '/api/v1/cities', {
      cookie,
      body: { name: 'Lakeside', country: 'KE', languages: ['en'], timeZone: 'Africa/Nairobi' },
    });
    const cityId = created.json().city.id;
    const audit = await t.request('GET', `/api/v1/cities/${cityId}/audit`, { cookie });
    expect(audit.json().entries).toEqual([
      expect.objectContaining({
        action: 'city.create',
        actor: { userId: networkAdmin.id, name: 'Network' },
        entityId: cityId,
        after: { name: 'Lakeside', country: 'KE', languages: ['en'], timeZone: 'Africa/Nairobi' },
      }),
    ]);
  });

  it('filters by person, action and time, and pages without gaps or repeats', async () => {
    const team = await createTeam(t);
    const questions = [
      'strategy:awareness:q:shared-with-city',
      'strategy:awareness:q:city-consulted',
      'strategy:awareness:q:national-channel',
      'strategy:awareness:q:services-briefed',
      'strategy:awareness:q:leadership-briefed',
    ];
    for (const [index, questionId] of questions.entries()) {
      await t.request('PUT', answerUrl(team, questionId), {
        cookie: index % 2 === 0 ? team.cookies.editor : team.cookies.coordinator,
        body: { value: 'no', baseRevision: 0 },
      });
    }
    const all = (await readAudit(team)).entries;
    expect(all).toHaveLength(questions.length + 1);

    const byEditor = (await readAudit(team, `?userId=${team.people.editor.id}`)).entries;
    expect(byEditor.map((e) => e.entityId).sort()).toEqual(
      [questions[0], questions[2], questions[4]].sort(),
    );
    const creations = (await readAudit(team, '?action=strategy.create')).entries;
    expect(creations.map((e) => e.action)).toEqual(['strategy.create']);

    const today = new Date().toISOString().slice(0, 10);
    expect((await readAudit(team, `?from=${today}&to=${today}`)).entries).toHaveLength(all.length);
    expect((await readAudit(team, '?to=2000-01-01')).entries).toEqual([]);
    const middle = all[3]!.at;
    const since = (await readAudit(team, `?from=${encodeURIComponent(middle)}`)).entries;
    expect(since.every((e) => e.at >= middle)).toBe(true);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { entries: Entry[]; nextCursor: string | null } = await readAudit(
        team,
        `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it('refuses a malformed cursor, date or limit with the field named', async () => {
    const team = await createTeam(t);
    for (const [query, path] of [
      ['?cursor=not-a-cursor', 'query.cursor'],
      ['?from=yesterday', 'query.from'],
      ['?limit=0', 'query.limit'],
      ['?limit=500', 'query.limit'],
      ['?action=answer.steal', 'query.action'],
    ] as const) {
      const response = await t.request('GET', `/api/v1/cities/${team.cityId}/audit${query}`, {
        cookie: team.cookies.coordinator,
      });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.fields.map((f: { path: string }) => f.path)).toEqual([path]);
    }
  });
});
