import { loadContent } from '@concord/domain/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createContentSource,
  prepareContentCatalog,
} from '../../src/modules/content/content-catalog.js';
import { type TestApp, createTestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import { createTeam, strategyUrl } from '../workspace/workspace-fixture.js';
import {
  FORM,
  FRAMING_ANSWER,
  GLOSSARY,
  NEW_STRUCTURES,
  POLITICAL_ASSESSED,
  POLITICAL_NOTES,
  consultationsUrl,
  publishDraft,
  saveAnswers,
} from './participation-fixture.js';

// The guide content with one more question labelled sensitive, as a content editor might do.
const MADE_SENSITIVE = FORM;

async function createAppWithSensitiveContent(dialect: 'sqlite' | 'postgres') {
  const content = createContentSource(async () => {
    const loaded = await loadContent();
    for (const section of loaded.library.sections) {
      for (const question of section.questions) {
        if (question.id === MADE_SENSITIVE) question.sensitive = true;
      }
    }
    return prepareContentCatalog(loaded);
  });
  return createTestApp(dialect, { content });
}

describe.each(DIALECTS)('sensitive items never reach a public page (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createAppWithSensitiveContent(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it('leaves out sensitive questions and marked answers and rows, whatever was selected', async () => {
    const team = await createTeam(t);
    await saveAnswers(t, team, {
      [FORM]: 'dedicated-strategy',
      [POLITICAL_ASSESSED]: 'yes',
      [POLITICAL_NOTES]: 'SECRET-POLITICAL-NOTE about the coalition',
      [FRAMING_ANSWER]: 'SECRET-FRAMING marked by the coordinator',
      [NEW_STRUCTURES]: [
        { id: 'open-row', name: 'Neighbourhood forum', kind: 'council-or-committee' },
        { id: 'partner-row', name: 'SECRET-PARTNER Youth Trust', kind: 'programme' },
      ],
      [GLOSSARY]: [
        {
          id: 'term-hate',
          term: 'Hate',
          definition: 'Hostility towards people for who they are.',
          consensus: 'agreed',
          agreedBy: 'Steering group',
        },
        {
          id: 'term-secret',
          term: 'SECRET-TERM',
          definition: 'SECRET-DEFINITION kept internal',
          consensus: 'proposed',
        },
      ],
    });
    const marks = [
      { questionId: FRAMING_ANSWER, body: { whole: true, rowIds: [] } },
      { questionId: NEW_STRUCTURES, body: { whole: false, rowIds: ['partner-row'] } },
      { questionId: GLOSSARY, body: { whole: false, rowIds: ['term-secret'] } },
    ];
    for (const { questionId, body } of marks) {
      const marked = await t.request(
        'PUT',
        strategyUrl(team, `/sensitive-answers/${encodeURIComponent(questionId)}`),
        { cookie: team.cookies.coordinator, body },
      );
      expect(marked.statusCode).toBe(200);
    }

    const everything = [FORM, POLITICAL_ASSESSED, POLITICAL_NOTES, FRAMING_ANSWER, NEW_STRUCTURES];
    const { id, path } = await publishDraft(t, team, {
      questionIds: everything,
      definitionRowIds: ['term-hate', 'term-secret'],
    });

    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('SECRET');
    expect(page.body).not.toContain('A strategy dedicated to hate');
    // What is not sensitive is there.
    expect(page.body).toContain('Neighbourhood forum');
    expect(page.body).toContain('Hostility towards people for who they are.');

    const detail = await t.request('GET', consultationsUrl(team, `/${id}`), {
      cookie: team.cookies.coordinator,
    });
    expect(JSON.stringify(detail.json().preview)).not.toContain('SECRET');
    expect(detail.json().leftOut).toEqual(
      expect.arrayContaining([
        { questionId: FORM, reason: 'sensitive-content' },
        { questionId: POLITICAL_NOTES, reason: 'sensitive-content' },
        { questionId: FRAMING_ANSWER, reason: 'marked-sensitive' },
        { questionId: NEW_STRUCTURES, rowId: 'partner-row', reason: 'marked-sensitive' },
        { questionId: GLOSSARY, rowId: 'term-secret', reason: 'marked-sensitive' },
      ]),
    );

    // Nothing sensitive was copied into the published snapshot either.
    const [row] = await t.database.db
      .selectFrom('consultations')
      .select('snapshot')
      .where('id', '=', id)
      .execute();
    expect(row?.snapshot).not.toContain('SECRET');
  });

  it('removes an answer from a published page as soon as it is marked sensitive', async () => {
    const team = await createTeam(t);
    await saveAnswers(t, team, {
      [NEW_STRUCTURES]: [{ id: 'late-row', name: 'LATE-SECRET partner', kind: 'programme' }],
    });
    const { path } = await publishDraft(t, team, { questionIds: [NEW_STRUCTURES] });
    expect((await t.app.inject({ method: 'GET', url: path })).body).toContain('LATE-SECRET');

    const marked = await t.request(
      'PUT',
      strategyUrl(team, `/sensitive-answers/${encodeURIComponent(NEW_STRUCTURES)}`),
      { cookie: team.cookies.coordinator, body: { whole: false, rowIds: ['late-row'] } },
    );
    expect(marked.statusCode).toBe(200);
    for (const lang of ['en']) {
      const page = await t.app.inject({ method: 'GET', url: `${path}?lang=${lang}` });
      expect(page.body).not.toContain('LATE-SECRET');
    }
    const list = await t.request('GET', strategyUrl(team, '/sensitive-answers'), {
      cookie: team.cookies.viewer,
    });
    expect(list.json()).toEqual({
      marks: [{ questionId: NEW_STRUCTURES, whole: false, rowIds: ['late-row'] }],
      sensitiveQuestionIds: expect.arrayContaining([POLITICAL_NOTES, MADE_SENSITIVE]),
    });
  });

  it('lets only coordinators and city admins mark answers sensitive, and audits it', async () => {
    const team = await createTeam(t);
    const url = strategyUrl(team, `/sensitive-answers/${encodeURIComponent(FRAMING_ANSWER)}`);
    for (const role of ['editor', 'contributor', 'viewer'] as const) {
      const refused = await t.request('PUT', url, {
        cookie: team.cookies[role],
        body: { whole: true, rowIds: [] },
      });
      expect(refused.statusCode).toBe(403);
    }
    const rows = await t.request('PUT', url, {
      cookie: team.cookies['city-admin'],
      body: { whole: false, rowIds: ['x'] },
    });
    expect(rows.statusCode).toBe(400);
    expect(rows.json().error.fields[0].path).toBe('body.rowIds');
    const ok = await t.request('PUT', url, {
      cookie: team.cookies['city-admin'],
      body: { whole: true, rowIds: [] },
    });
    expect(ok.json()).toEqual({ mark: { questionId: FRAMING_ANSWER, whole: true, rowIds: [] } });
    const audit = await t.request(
      'GET',
      `/api/v1/cities/${team.cityId}/audit?strategyId=${team.strategyId}&action=answer.sensitivity`,
      { cookie: team.cookies.coordinator },
    );
    expect(audit.json().entries[0]).toMatchObject({
      action: 'answer.sensitivity',
      entityType: 'answer',
      entityId: FRAMING_ANSWER,
      before: null,
      after: { whole: true, rowIds: [] },
    });
  });
});
