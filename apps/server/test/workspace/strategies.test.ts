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
});
