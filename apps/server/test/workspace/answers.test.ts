import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentCatalog } from '../../src/modules/content/content-catalog.js';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import {
  answerUrl,
  createSecondInstance,
  createTeam,
  createWorkspaceApp,
  strategyUrl,
} from './workspace-fixture.js';

const SHARED = 'strategy:awareness:q:shared-with-city';
const OFFICIALS = 'strategy:awareness:q:officials-aware';
const SOURCES = 'strategy:funding:q:sources';
const MATCH = 'strategy:funding:q:match-funding';

describe.each(DIALECTS)('answers (%s)', (dialect) => {
  let t: TestApp;
  let catalog: ContentCatalog;
  beforeAll(async () => {
    ({ t, catalog } = await createWorkspaceApp(dialect));
  });
  afterAll(async () => {
    await t.close();
  });

  async function storedAnswers(team: { cityId: string; strategyId: string }, cookie: string) {
    const response = await t.request('GET', strategyUrl(team, '/answers'), { cookie });
    expect(response.statusCode).toBe(200);
    return response.json().answers as Record<string, { value: unknown; revision: number }>;
  }

  it('saves an answer and reads it back with its revision, author and time', async () => {
    const team = await createTeam(t);
    const saved = await t.request('PUT', answerUrl(team, SHARED), {
      cookie: team.cookies.editor,
      body: { value: 'no', baseRevision: 0 },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().answer).toEqual({
      questionId: SHARED,
      value: 'no',
      revision: 1,
      updatedBy: { userId: team.people.editor.id, name: 'The editor' },
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const list = await t.request('GET', strategyUrl(team, '/answers'), {
      cookie: team.cookies.viewer,
    });
    expect(list.json()).toEqual({
      contentVersion: catalog.version,
      answers: { [SHARED]: saved.json().answer },
    });

    const changed = await t.request('PUT', answerUrl(team, SHARED), {
      cookie: team.cookies.coordinator,
      body: { value: 'yes', baseRevision: 1 },
    });
    expect(changed.json().answer).toMatchObject({ value: 'yes', revision: 2 });
  });

  it('two people save the same answer from the same revision: the second gets 409 with both values', async () => {
    const team = await createTeam(t);
    const url = answerUrl(team, OFFICIALS);
    await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: 3, baseRevision: 0 },
    });

    const first = await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: 12, baseRevision: 1 },
    });
    expect(first.statusCode).toBe(200);
    const second = await t.request('PUT', url, {
      cookie: team.cookies.coordinator,
      body: { value: 40, baseRevision: 1 },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toEqual({
      code: 'conflict',
      message: expect.stringContaining('The editor changed this answer'),
      questionId: OFFICIALS,
      current: {
        questionId: OFFICIALS,
        value: 12,
        revision: 2,
        updatedBy: { userId: team.people.editor.id, name: 'The editor' },
        updatedAt: first.json().answer.updatedAt,
      },
      yours: 40,
    });
    // Nothing was overwritten; the second person can choose and save from revision 2.
    expect((await storedAnswers(team, team.cookies.viewer))[OFFICIALS]).toMatchObject({
      value: 12,
      revision: 2,
    });
    const chosen = await t.request('PUT', url, {
      cookie: team.cookies.coordinator,
      body: { value: 40, baseRevision: 2 },
    });
    expect(chosen.json().answer).toMatchObject({ value: 40, revision: 3 });
  });

  it('two people creating the same answer (both from revision 0) do not overwrite each other', async () => {
    const team = await createTeam(t);
    const url = answerUrl(team, SHARED);
    const [a, b] = await Promise.all([
      t.request('PUT', url, {
        cookie: team.cookies.editor,
        body: { value: 'no', baseRevision: 0 },
      }),
      t.request('PUT', url, {
        cookie: team.cookies.coordinator,
        body: { value: 'yes', baseRevision: 0 },
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? a : b;
    const loser = a.statusCode === 200 ? b : a;
    expect(loser.json().error.current.value).toBe(winner.json().answer.value);
    expect((await storedAnswers(team, team.cookies.viewer))[SHARED]).toMatchObject({
      value: winner.json().answer.value,
      revision: 1,
    });
  });

  it('many saves racing from one revision: exactly one wins, one audit row', async () => {
    const team = await createTeam(t);
    const url = answerUrl(team, OFFICIALS);
    await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: 1, baseRevision: 0 },
    });
    const responses = await Promise.all(
      [2, 3, 4, 5, 6, 7].map((value, index) =>
        t.request('PUT', url, {
          cookie: index % 2 === 0 ? team.cookies.editor : team.cookies.coordinator,
          body: { value, baseRevision: 1 },
        }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409]);
    const winner = responses.find((r) => r.statusCode === 200)!;
    expect((await storedAnswers(team, team.cookies.viewer))[OFFICIALS]).toMatchObject({
      value: winner.json().answer.value,
      revision: 2,
    });
    const saves = await t.database.db
      .selectFrom('audit_log')
      .select('after')
      .where('city_id', '=', team.cityId)
      .where('action', '=', 'answer.save')
      .execute();
    expect(saves.map((row) => JSON.parse(row.after ?? 'null')).sort()).toEqual(
      [1, winner.json().answer.value].sort(),
    );
  });

  it.runIf(dialect === 'postgres')(
    'two server instances on one database: the stale save is refused',
    async () => {
      const team = await createTeam(t);
      const other = await createSecondInstance(t, catalog);
      try {
        const url = answerUrl(team, OFFICIALS);
        await t.request('PUT', url, {
          cookie: team.cookies.editor,
          body: { value: 5, baseRevision: 0 },
        });
        for (let round = 0; round < 5; round += 1) {
          const base = round + 1;
          const [a, b] = await Promise.all([
            t.request('PUT', url, {
              cookie: team.cookies.editor,
              body: { value: 100 + round, baseRevision: base },
            }),
            other.request('PUT', url, {
              cookie: team.cookies.coordinator,
              body: { value: 200 + round, baseRevision: base },
            }),
          ]);
          expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
          const winner = a.statusCode === 200 ? a : b;
          const stored = await other.request('GET', strategyUrl(team, '/answers'), {
            cookie: team.cookies.viewer,
          });
          expect(stored.json().answers[OFFICIALS]).toMatchObject({
            value: winner.json().answer.value,
            revision: base + 1,
          });
        }
      } finally {
        await other.close();
      }
    },
  );

  it('a retried save of the same value is not a conflict', async () => {
    const team = await createTeam(t);
    const url = answerUrl(team, SHARED);
    const body = { value: 'no', baseRevision: 0 };
    await t.request('PUT', url, { cookie: team.cookies.editor, body });
    const retry = await t.request('PUT', url, { cookie: team.cookies.editor, body });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().answer).toMatchObject({ value: 'no', revision: 1 });
  });

  it('rows in a different key order are the same value', async () => {
    const team = await createTeam(t);
    const url = answerUrl(team, SOURCES);
    const row = { id: 'r1', sourceType: 'city-budget', amount: 1000, currency: 'EUR' };
    await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: [row], baseRevision: 0 },
    });
    const reordered = { currency: 'EUR', amount: 1000, sourceType: 'city-budget', id: 'r1' };
    const again = await t.request('PUT', url, {
      cookie: team.cookies.coordinator,
      body: { value: [reordered], baseRevision: 0 },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().answer.revision).toBe(1);
  });

  it('clears an answer with DELETE, under the same revision rule', async () => {
    const team = await createTeam(t);
    const url = answerUrl(team, SHARED);
    await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: 'no', baseRevision: 0 },
    });
    await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: 'yes', baseRevision: 1 },
    });
    const stale = await t.request('DELETE', `${url}?baseRevision=1`, {
      cookie: team.cookies.coordinator,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.value).toBe('yes');
    const cleared = await t.request('DELETE', `${url}?baseRevision=2`, {
      cookie: team.cookies.coordinator,
    });
    expect(cleared.statusCode).toBe(204);
    expect(await storedAnswers(team, team.cookies.viewer)).toEqual({});
    // Answering again after a clear starts from "no answer" (revision 0), like a new answer.
    const again = await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: 'unknown', baseRevision: 0 },
    });
    expect(again.json().answer).toMatchObject({ value: 'unknown', revision: 4 });
    // Someone who saw the old value gets a conflict naming who cleared and re-answered it.
    const late = await t.request('PUT', url, {
      cookie: team.cookies.coordinator,
      body: { value: 'no', baseRevision: 2 },
    });
    expect(late.statusCode).toBe(409);
  });

  it('a null value clears, and a save onto a cleared answer from revision 0 works', async () => {
    const team = await createTeam(t);
    const url = answerUrl(team, SHARED);
    await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: 'no', baseRevision: 0 },
    });
    const cleared = await t.request('PUT', url, {
      cookie: team.cookies.editor,
      body: { value: null, baseRevision: 1 },
    });
    expect(cleared.json().answer).toMatchObject({ value: null, revision: 2 });
    const conflictOnClear = await t.request('PUT', url, {
      cookie: team.cookies.coordinator,
      body: { value: 'yes', baseRevision: 1 },
    });
    expect(conflictOnClear.statusCode).toBe(409);
    expect(conflictOnClear.json().error.current).toMatchObject({
      value: null,
      updatedBy: { name: 'The editor' },
    });
  });

  describe('section save', () => {
    const section = (team: { cityId: string; strategyId: string }, id: string) =>
      strategyUrl(team, `/sections/${encodeURIComponent(id)}/answers`);

    it('saves every answer of a section page at once', async () => {
      const team = await createTeam(t);
      const response = await t.request('PUT', section(team, 'strategy:funding'), {
        cookie: team.cookies.editor,
        body: {
          answers: {
            [MATCH]: { value: 'no', baseRevision: 0 },
            [SOURCES]: {
              value: [{ id: 'a', sourceType: 'city-budget', amount: 10, currency: 'EUR' }],
              baseRevision: 0,
            },
          },
        },
      });
      expect(response.statusCode).toBe(200);
      expect(Object.keys(response.json().answers).sort()).toEqual([MATCH, SOURCES].sort());
      expect(Object.keys(await storedAnswers(team, team.cookies.viewer)).sort()).toEqual(
        [MATCH, SOURCES].sort(),
      );
    });

    it('all or nothing: one stale answer saves none, and every conflict is listed', async () => {
      const team = await createTeam(t);
      await t.request('PUT', answerUrl(team, MATCH), {
        cookie: team.cookies.coordinator,
        body: { value: 'yes', baseRevision: 0 },
      });
      const response = await t.request('PUT', section(team, 'strategy:funding'), {
        cookie: team.cookies.editor,
        body: {
          answers: {
            [SOURCES]: {
              value: [{ id: 'a', sourceType: 'city-budget', amount: 10, currency: 'EUR' }],
              baseRevision: 0,
            },
            [MATCH]: { value: 'no', baseRevision: 0 },
          },
        },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.conflicts).toEqual([
        {
          questionId: MATCH,
          current: expect.objectContaining({ value: 'yes', revision: 1 }),
          yours: 'no',
        },
      ]);
      expect(await storedAnswers(team, team.cookies.viewer)).toEqual({
        [MATCH]: expect.objectContaining({ value: 'yes' }),
      });
    });

    it('all or nothing: one invalid answer saves none', async () => {
      const team = await createTeam(t);
      const response = await t.request('PUT', section(team, 'strategy:funding'), {
        cookie: team.cookies.editor,
        body: {
          answers: {
            [MATCH]: { value: 'no', baseRevision: 0 },
            [SOURCES]: { value: [{ id: 'a', amount: -5 }], baseRevision: 0 },
          },
        },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual([
        { path: `body.answers.${SOURCES}.value.0.amount`, message: 'Must be 0 or more.' },
      ]);
      expect(await storedAnswers(team, team.cookies.viewer)).toEqual({});
    });

    it('refuses a question of another section', async () => {
      const team = await createTeam(t);
      const response = await t.request('PUT', section(team, 'strategy:funding'), {
        cookie: team.cookies.editor,
        body: { answers: { [SHARED]: { value: 'no', baseRevision: 0 } } },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual([
        { path: `body.answers.${SHARED}`, message: 'This question belongs to another section.' },
      ]);
    });
  });
});
