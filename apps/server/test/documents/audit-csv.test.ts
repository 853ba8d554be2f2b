import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentSource } from '../../src/modules/content/content-catalog.js';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import { createDocumentsApp, createTeam, fieldPaths, strategyUrl } from './documents-fixture.js';

/** RFC 4180: quoted cells, doubled quotes inside, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe.each(DIALECTS)('audit log as CSV (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createDocumentsApp(dialect, { content: createContentSource() });
  });
  afterAll(async () => {
    await t.close();
  });

  async function csvOf(cityId: string, cookie: string, query = '') {
    const response = await t.request('GET', `/api/v1/cities/${cityId}/audit.csv${query}`, {
      cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d\d-\d\d\.csv"/,
    );
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    return parseCsv(response.body.slice(1));
  }

  it('lists the changes with no cell a spreadsheet could run as a formula', async () => {
    const team = await createTeam(t);
    const hostileNames = ['=HYPERLINK("http://evil.example","click")', '@SUM(1+1)', '-2+3'];
    for (const name of hostileNames) {
      const user = await t.createUser({ name });
      await t.database.db
        .insertInto('memberships')
        .values({
          city_id: team.cityId,
          user_id: user.id,
          role: 'editor',
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        })
        .execute();
      const saved = await t.request('PUT', strategyUrl(team, `/narrative/annex`), {
        cookie: await t.cookieFor(user),
        body: { text: `+1 written by ${name}`, baseRevision: hostileNames.indexOf(name) },
      });
      expect(saved.statusCode).toBe(200);
    }
    const rows = await csvOf(team.cityId, team.cookies['city-admin']);
    expect(rows[0]).toEqual([
      'id',
      'at',
      'actor_id',
      'actor_name',
      'action',
      'entity_type',
      'entity_id',
      'before',
      'after',
    ]);
    const narrativeRows = rows.filter((row) => row[4] === 'narrative.save');
    expect(narrativeRows.map((row) => row[3])).toEqual([
      "'-2+3",
      "'@SUM(1+1)",
      `'=HYPERLINK("http://evil.example","click")`,
    ]);
    expect(JSON.parse(narrativeRows[0]?.[8] ?? '')).toBe('+1 written by -2+3');
    for (const row of rows.slice(1)) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows.some((row) => row[4] === 'strategy.create')).toBe(true);
  });

  it('takes the filters of /audit', async () => {
    const team = await createTeam(t);
    const second = await t.request('POST', `/api/v1/cities/${team.cityId}/strategies`, {
      cookie: team.cookies.coordinator,
      body: { title: 'Another cycle', startYear: 2029, endYear: 2032 },
    });
    await t.request('PUT', strategyUrl(team, '/narrative/context'), {
      cookie: team.cookies.editor,
      body: { text: 'Context.', baseRevision: 0 },
    });
    const onlyNarrative = await csvOf(
      team.cityId,
      team.cookies.coordinator,
      `?action=narrative.save&strategyId=${team.strategyId}`,
    );
    expect(onlyNarrative.slice(1).map((row) => [row[4], row[6]])).toEqual([
      ['narrative.save', 'context'],
    ]);
    const ofSecond = await csvOf(
      team.cityId,
      team.cookies.coordinator,
      `?strategyId=${second.json().strategy.id}&userId=${team.people.coordinator.id}`,
    );
    expect(ofSecond.slice(1).map((row) => row[4])).toEqual(['strategy.create']);
    const future = await csvOf(team.cityId, team.cookies.coordinator, '?from=2100-01-01');
    expect(future).toHaveLength(1);

    const other = await createTeam(t);
    const foreign = await csvOf(
      other.cityId,
      other.cookies.coordinator,
      `?strategyId=${team.strategyId}`,
    );
    expect(foreign).toHaveLength(1);
  });

  it('is for city admins and coordinators, and checks its filters', async () => {
    const team = await createTeam(t);
    for (const role of ['editor', 'contributor', 'viewer'] as const) {
      const response = await t.request('GET', `/api/v1/cities/${team.cityId}/audit.csv`, {
        cookie: team.cookies[role],
      });
      expect(response.statusCode, role).toBe(403);
    }
    const bad = await t.request(
      'GET',
      `/api/v1/cities/${team.cityId}/audit.csv?action=everything&from=yesterday&limit=5`,
      { cookie: team.cookies.coordinator },
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad).sort()).toEqual(['query.action', 'query.from', 'query.limit']);
  });
});
