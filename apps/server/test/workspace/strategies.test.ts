import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentCatalog } from '../../src/modules/content/content-catalog.js';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import { createTeam, createWorkspaceApp, strategyUrl } from './workspace-fixture.js';

describe.each(DIALECTS)('strategies (%s)', (dialect) => {
  let t: TestApp;
  let catalog: ContentCatalog;
  beforeAll(async () => {
    ({ t, catalog } = await createWorkspaceApp(dialect));
  });
  afterAll(async () => {
    await t.close();
  });

  it('a coordinator starts a strategy pinned to the loaded content version', async () => {
    const team = await createTeam(t);
    const list = await t.request('GET', `/api/v1/cities/${team.cityId}/strategies`, {
      cookie: team.cookies.viewer,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().strategies).toEqual([
      {
        id: team.strategyId,
        title: 'Strategy 2025-2028',
        startYear: 2025,
        endYear: 2028,
        contentVersion: catalog.version,
        status: 'active',
        revision: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
  });

  it('shows the task list: every section not started, and what the caller may do', async () => {
    const team = await createTeam(t);
    const detail = await t.request('GET', strategyUrl(team), { cookie: team.cookies.editor });
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.sections.map((s: { sectionId: string }) => s.sectionId)).toEqual(
      catalog.compiled.en.sections.map((s) => s.id),
    );
    expect(new Set(body.sections.map((s: { status: string }) => s.status))).toEqual(
      new Set(['not-started']),
    );
    expect(body.can).toEqual({
      edit: true,
      editAllSections: true,
      manage: false,
      assign: false,
      acceptRisk: false,
      viewAudit: false,
    });
  });

  it('refuses a strategy that ends before it starts, naming the field', async () => {
    const team = await createTeam(t);
    for (const body of [
      { title: 'Backwards', startYear: 2028, endYear: 2025 },
      { title: '', startYear: 2025, endYear: 2028 },
      { title: 'Far future', startYear: 2025, endYear: 3000 },
      { title: 'Fractional', startYear: 2025.5, endYear: 2028 },
    ]) {
      const response = await t.request('POST', `/api/v1/cities/${team.cityId}/strategies`, {
        cookie: team.cookies.coordinator,
        body,
      });
      expect(response.statusCode).toBe(400);
    }
    const backwards = await t.request('POST', `/api/v1/cities/${team.cityId}/strategies`, {
      cookie: team.cookies.coordinator,
      body: { title: 'Backwards', startYear: 2028, endYear: 2025 },
    });
    expect(backwards.json().error.fields).toEqual([
      {
        path: 'body.endYear',
        message: 'The end year must be the same as or after the start year.',
      },
    ]);
    const patch = await t.request('PATCH', strategyUrl(team), {
      cookie: team.cookies.coordinator,
      body: { startYear: 2030 },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error.fields).toEqual([
      {
        path: 'body.startYear',
        message: 'The end year must be the same as or after the start year.',
      },
    ]);
  });

  it('changes the title and years; a stale baseRevision gets 409 and changes nothing', async () => {
    const team = await createTeam(t);
    const changed = await t.request('PATCH', strategyUrl(team), {
      cookie: team.cookies['city-admin'],
      body: { title: 'Safer together', endYear: 2029, baseRevision: 1 },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().strategy).toMatchObject({
      title: 'Safer together',
      startYear: 2025,
      endYear: 2029,
      revision: 2,
    });
    const stale = await t.request('PATCH', strategyUrl(team), {
      cookie: team.cookies.coordinator,
      body: { title: 'Another title', baseRevision: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ title: 'Safer together', revision: 2 });
    const detail = await t.request('GET', strategyUrl(team), { cookie: team.cookies.viewer });
    expect(detail.json().strategy.title).toBe('Safer together');
  });

  it('an archived strategy is read-only until made active again', async () => {
    const team = await createTeam(t);
    const url = strategyUrl(
      team,
      `/answers/${encodeURIComponent('strategy:funding:q:match-funding')}`,
    );
    await t.request('PATCH', strategyUrl(team), {
      cookie: team.cookies.coordinator,
      body: { status: 'archived' },
    });
    const refused = await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: 'no', baseRevision: 0 },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('archived');
    const detail = (
      await t.request('GET', strategyUrl(team), { cookie: team.cookies.coordinator })
    ).json();
    expect(detail.can).toMatchObject({
      edit: false,
      assign: false,
      acceptRisk: false,
      manage: true,
    });
    expect(detail.sections.every((s: { canEdit: boolean }) => !s.canEdit)).toBe(true);

    await t.request('PATCH', strategyUrl(team), {
      cookie: team.cookies.coordinator,
      body: { status: 'active' },
    });
    const saved = await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: 'no', baseRevision: 0 },
    });
    expect(saved.statusCode).toBe(200);
  });

  it('a strategy id of the same city but unknown is 404', async () => {
    const team = await createTeam(t);
    const response = await t.request(
      'GET',
      strategyUrl({ cityId: team.cityId, strategyId: 'no-such-strategy' }),
      { cookie: team.cookies.coordinator },
    );
    expect(response.statusCode).toBe(404);
  });
});
