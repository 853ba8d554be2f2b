import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentSource } from '../../src/modules/content/content-catalog.js';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import { createDocumentsApp, createTeam, fieldPaths, strategyUrl } from './documents-fixture.js';

const CHAPTERS = [
  'context',
  'framework',
  'governance',
  'sustainability',
  'resources',
  'findings',
  'annex',
];

describe.each(DIALECTS)('narrative chapters (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createDocumentsApp(dialect, { content: createContentSource() });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every chapter, empty ones at revision 0, and saves one from its revision', async () => {
    const team = await createTeam(t);
    const empty = await t.request('GET', strategyUrl(team, '/narrative'), {
      cookie: team.cookies.viewer,
    });
    expect(empty.statusCode).toBe(200);
    expect(Object.keys(empty.json().chapters)).toEqual(CHAPTERS);
    expect(empty.json().chapters.context).toEqual({
      chapterKey: 'context',
      text: '',
      revision: 0,
      updatedBy: null,
      updatedAt: null,
    });
    expect(empty.json()).toMatchObject({ canEdit: false, lock: null });

    const saved = await t.request('PUT', strategyUrl(team, '/narrative/context'), {
      cookie: team.cookies.editor,
      body: { text: '## Why we act\n\nNeighbourhoods asked for **plain words**.', baseRevision: 0 },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().chapter).toEqual({
      chapterKey: 'context',
      text: '## Why we act\n\nNeighbourhoods asked for **plain words**.',
      revision: 1,
      updatedBy: { userId: team.people.editor.id, name: 'The editor' },
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    const changed = await t.request('PUT', strategyUrl(team, '/narrative/context'), {
      cookie: team.cookies.coordinator,
      body: { text: 'Shorter.', baseRevision: 1 },
    });
    expect(changed.json().chapter).toMatchObject({ text: 'Shorter.', revision: 2 });
    const read = await t.request('GET', strategyUrl(team, '/narrative'), {
      cookie: team.cookies.editor,
    });
    expect(read.json().chapters.context).toEqual(changed.json().chapter);
    expect(read.json().canEdit).toBe(true);
  });

  it('a stale save gets 409 with both texts and writes nothing; the same text is a no-op', async () => {
    const team = await createTeam(t);
    const url = strategyUrl(team, '/narrative/governance');
    await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { text: 'First text.', baseRevision: 0 },
    });
    await t.request('PUT', url, {
      cookie: team.cookies.coordinator,
      body: { text: 'Coordinator text.', baseRevision: 1 },
    });
    const stale = await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { text: 'Editor text.', baseRevision: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'conflict',
      message:
        'The coordinator changed this chapter after you started. Compare both texts and choose what to keep.',
      chapterKey: 'governance',
      current: { text: 'Coordinator text.', revision: 2 },
      yours: 'Editor text.',
    });
    const firstSave = await t.request('PUT', strategyUrl(team, '/narrative/annex'), {
      cookie: team.cookies.editor,
      body: { text: 'Someone else wrote this first.', baseRevision: 0 },
    });
    expect(firstSave.statusCode).toBe(200);
    const secondFirst = await t.request('PUT', strategyUrl(team, '/narrative/annex'), {
      cookie: team.cookies.coordinator,
      body: { text: 'Also thought it was empty.', baseRevision: 0 },
    });
    expect(secondFirst.statusCode).toBe(409);

    const retry = await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { text: 'Coordinator text.', baseRevision: 1 },
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().chapter.revision).toBe(2);

    const kept = await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { text: 'Editor text.', baseRevision: 2 },
    });
    expect(kept.json().chapter).toMatchObject({ text: 'Editor text.', revision: 3 });
  });

  it('refuses bad input with the path of each problem', async () => {
    const team = await createTeam(t);
    const cases: [string, unknown, string[]][] = [
      ['/narrative/context', { text: 'x'.repeat(100_001), baseRevision: 0 }, ['body.text']],
      ['/narrative/context', { text: 'ok' }, ['body.baseRevision']],
      ['/narrative/context', { text: 42, baseRevision: -1 }, ['body.text', 'body.baseRevision']],
      ['/narrative/context', { text: 'a\u0000b', baseRevision: 0 }, ['body.text']],
      ['/narrative/context', { text: 'ok', baseRevision: 0, html: true }, ['body.html']],
      ['/narrative/preface', { text: 'ok', baseRevision: 0 }, ['params.chapterKey']],
    ];
    for (const [path, body, paths] of cases) {
      const response = await t.request('PUT', strategyUrl(team, path), {
        cookie: team.cookies.coordinator,
        body,
      });
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(fieldPaths(response)).toEqual(paths);
    }
    const long = await t.request('PUT', strategyUrl(team, '/narrative/context'), {
      cookie: team.cookies.coordinator,
      body: { text: 'x'.repeat(100_001), baseRevision: 0 },
    });
    expect(long.json().error.fields[0].message).toBe('Use at most 100,000 characters.');
  });

  it('an archived strategy keeps its narrative read-only', async () => {
    const team = await createTeam(t);
    await t.request('PATCH', strategyUrl(team), {
      cookie: team.cookies.coordinator,
      body: { status: 'archived' },
    });
    const response = await t.request('PUT', strategyUrl(team, '/narrative/context'), {
      cookie: team.cookies.coordinator,
      body: { text: 'Too late.', baseRevision: 0 },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('conflict');
  });

  it('every save is in the audit log with the text before and after', async () => {
    const team = await createTeam(t);
    const url = strategyUrl(team, '/narrative/findings');
    await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { text: 'One.', baseRevision: 0 },
    });
    await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { text: 'Two.', baseRevision: 1 },
    });
    const audit = await t.request(
      'GET',
      `/api/v1/cities/${team.cityId}/audit?action=narrative.save&strategyId=${team.strategyId}`,
      { cookie: team.cookies.coordinator },
    );
    expect(
      audit.json().entries.map((e: Record<string, unknown>) => [e.entityId, e.before, e.after]),
    ).toEqual([
      ['findings', 'One.', 'Two.'],
      ['findings', null, 'One.'],
    ]);
    expect(audit.json().entries[0]).toMatchObject({
      entityType: 'narrative',
      actor: { userId: team.people.editor.id },
    });
  });
});
