import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import { createTeam, createWorkspaceApp, fieldPaths } from '../workspace/workspace-fixture.js';
import {
  FRAMING_ANSWER,
  GLOSSARY,
  cityDate,
  consultationsUrl,
  draftBody,
  postComment,
  publishDraft,
  saveAnswers,
} from './participation-fixture.js';

describe.each(DIALECTS)('consultations (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    ({ t } = await createWorkspaceApp(dialect));
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a draft, changes it, publishes it at a random address, then closes it', async () => {
    const team = await createTeam(t);
    await saveAnswers(t, team, {
      [FRAMING_ANSWER]: 'We prevent harm by working with neighbourhoods.',
      [GLOSSARY]: [
        {
          id: 'g1',
          term: 'Polarisation',
          definition: 'When groups drift apart and stop trusting each other.',
          consensus: 'agreed',
          agreedBy: 'Council working group',
        },
      ],
    });
    const created = await t.request('POST', consultationsUrl(team), {
      cookie: team.cookies.coordinator,
      body: draftBody({ texts: { en: { title: 'Draft', framing: '' } } }),
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json().consultation;
    expect(draft).toMatchObject({
      status: 'draft',
      phase: 'draft',
      publicUrl: null,
      languages: ['en'],
      comments: { pending: 0, approved: 0, rejected: 0 },
    });

    const notReady = await t.request('POST', consultationsUrl(team, `/${draft.id}/publish`), {
      cookie: team.cookies.coordinator,
    });
    expect(notReady.statusCode).toBe(400);
    expect(fieldPaths(notReady)).toEqual(['texts.en.framing']);

    const changed = await t.request('PATCH', consultationsUrl(team, `/${draft.id}`), {
      cookie: team.cookies.coordinator,
      body: {
        texts: { en: { title: 'Our plan for living together', framing: 'Read and comment.' } },
        definitionRowIds: ['g1'],
      },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().consultation.definitionRowIds).toEqual(['g1']);

    const preview = await t.request('GET', consultationsUrl(team, `/${draft.id}`), {
      cookie: team.cookies.viewer,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().preview.parts.map((p: { id: string }) => p.id)).toEqual([
      'framing',
      'definitions',
      'strategy:framework',
    ]);

    const published = await t.request('POST', consultationsUrl(team, `/${draft.id}/publish`), {
      cookie: team.cookies.coordinator,
    });
    expect(published.statusCode).toBe(200);
    const consultation = published.json().consultation;
    expect(consultation).toMatchObject({ status: 'published', phase: 'open' });
    expect(consultation.publicUrl).toMatch(/^http:\/\/localhost:3000\/consult\/[A-Za-z0-9_-]{22}$/);

    const page = await t.app.inject({
      method: 'GET',
      url: new URL(consultation.publicUrl).pathname,
    });
    expect(page.body).toContain('Polarisation');
    expect(page.body).toContain('When groups drift apart and stop trusting each other.');
    expect(page.body).toContain('We prevent harm by working with neighbourhoods.');

    const frozen = await t.request('PATCH', consultationsUrl(team, `/${draft.id}`), {
      cookie: team.cookies.coordinator,
      body: { closesOn: cityDate(30) },
    });
    expect(frozen.statusCode).toBe(409);

    const list = await t.request('GET', consultationsUrl(team), { cookie: team.cookies.viewer });
    expect(list.json().consultations.map((c: { id: string }) => c.id)).toEqual([draft.id]);

    const closed = await t.request('POST', consultationsUrl(team, `/${draft.id}/close`), {
      cookie: team.cookies['city-admin'],
    });
    expect(closed.json().consultation).toMatchObject({ status: 'closed', phase: 'closed' });

    const audit = await t.request(
      'GET',
      `/api/v1/cities/${team.cityId}/audit?strategyId=${team.strategyId}&limit=10`,
      { cookie: team.cookies.coordinator },
    );
    const actions = audit.json().entries.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 4)).toEqual([
      'consultation.close',
      'consultation.publish',
      'consultation.update',
      'consultation.create',
    ]);
  });

  it('checks drafts against the city languages, the content and the glossary', async () => {
    const team = await createTeam(t);
    const response = await t.request('POST', consultationsUrl(team), {
      cookie: team.cookies.coordinator,
      body: draftBody({
        languages: ['en', 'ar'],
        questionIds: ['strategy:nope', GLOSSARY],
        definitionRowIds: ['missing'],
        opensOn: cityDate(5),
        closesOn: cityDate(1),
      }),
    });
    expect(response.statusCode).toBe(400);
    expect(fieldPaths(response).sort()).toEqual(['body.closesOn']);
    const second = await t.request('POST', consultationsUrl(team), {
      cookie: team.cookies.coordinator,
      body: draftBody({
        languages: ['en', 'ar'],
        questionIds: ['strategy:nope', GLOSSARY],
        definitionRowIds: ['missing'],
      }),
    });
    expect(second.statusCode).toBe(400);
    expect(fieldPaths(second).sort()).toEqual([
      'body.definitionRowIds.0',
      'body.languages.1',
      'body.questionIds.0',
      'body.questionIds.1',
    ]);
    const past = await t.request('POST', consultationsUrl(team), {
      cookie: team.cookies.coordinator,
      body: draftBody({ opensOn: cityDate(-10), closesOn: cityDate(-2) }),
    });
    expect(past.statusCode).toBe(201);
    const publishPast = await t.request(
      'POST',
      consultationsUrl(team, `/${past.json().consultation.id}/publish`),
      { cookie: team.cookies.coordinator },
    );
    expect(publishPast.statusCode).toBe(400);
    expect(fieldPaths(publishPast)).toEqual(['closesOn']);
  });

  it('opens comments only from the opening date', async () => {
    const team = await createTeam(t);
    const { path } = await publishDraft(t, team, { opensOn: cityDate(3), closesOn: cityDate(10) });
    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.body).toContain('Comments open on');
    expect(page.body).not.toContain('<form');
    const early = await postComment(t, path, {
      part: 'framing',
      comment: 'Early bird',
      nonce: 'none',
    });
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('This consultation is not open yet');
  });

  it('lets only coordinators and city admins manage consultations and moderate', async () => {
    const team = await createTeam(t);
    const { id, path } = await publishDraft(t, team);
    await postComment(t, path, { part: 'framing', comment: 'A thought' });
    for (const role of ['editor', 'contributor', 'viewer'] as const) {
      const cookie = team.cookies[role];
      expect(
        (await t.request('POST', consultationsUrl(team), { cookie, body: draftBody() })).statusCode,
      ).toBe(403);
      expect(
        (await t.request('POST', consultationsUrl(team, `/${id}/close`), { cookie })).statusCode,
      ).toBe(403);
      expect(
        (await t.request('GET', consultationsUrl(team, `/${id}/comments`), { cookie })).statusCode,
      ).toBe(403);
      // Everyone in the city may read the consultation and its preview.
      expect(
        (await t.request('GET', consultationsUrl(team, `/${id}`), { cookie })).statusCode,
      ).toBe(200);
    }
    const signedOut = await t.request('GET', consultationsUrl(team));
    expect(signedOut.statusCode).toBe(401);
  });

  it("answers 404 for another city's consultation, comment and strategy ids", async () => {
    const home = await createTeam(t);
    const other = await createTeam(t);
    const { id, path } = await publishDraft(t, other);
    await postComment(t, path, { part: 'framing', comment: 'Their comment' });
    const [comment] = (
      await t.request('GET', consultationsUrl(other, `/${id}/comments`), {
        cookie: other.cookies.coordinator,
      })
    ).json().comments;

    const cookie = home.cookies.coordinator;
    const mixed = { cityId: home.cityId, strategyId: other.strategyId } as typeof home;
    const probes: [string, string, unknown?][] = [
      ['GET', consultationsUrl(home, `/${id}`)],
      ['PATCH', consultationsUrl(home, `/${id}`), { closesOn: cityDate(20) }],
      ['POST', consultationsUrl(home, `/${id}/publish`)],
      ['POST', consultationsUrl(home, `/${id}/close`)],
      ['POST', consultationsUrl(home, `/${id}/summary`)],
      ['GET', consultationsUrl(home, `/${id}/comments`)],
      [
        'PUT',
        consultationsUrl(home, `/${id}/comments/${comment.id}/moderation`),
        { status: 'approved' },
      ],
      ['PUT', consultationsUrl(home, `/${id}/comments/${comment.id}/reply`), { text: 'Hi' }],
      [
        'PUT',
        consultationsUrl(home, `/${id}/comments/${comment.id}/link`),
        { questionId: FRAMING_ANSWER, note: 'x' },
      ],
      ['GET', consultationsUrl(mixed)],
      ['POST', consultationsUrl(mixed), draftBody()],
      ['GET', `/api/v1/cities/${home.cityId}/strategies/${other.strategyId}/sensitive-answers`],
      [
        'POST',
        `/api/v1/cities/${home.cityId}/strategies/${other.strategyId}/language-check`,
        { text: 'x', locale: 'en' },
      ],
      ['GET', `/api/v1/cities/${home.cityId}/strategies/${other.strategyId}/language-findings`],
      ['GET', consultationsUrl(other, `/${id}`)],
    ];
    for (const [method, url, body] of probes) {
      const response = await t.request(method as 'GET', url, {
        cookie,
        ...(body === undefined ? {} : { body }),
      });
      expect({ method, url, status: response.statusCode }).toEqual({
        method,
        url,
        status: 404,
      });
    }
    const theirs = await t.request('GET', consultationsUrl(other, `/${id}/comments`), {
      cookie: other.cookies.coordinator,
    });
    expect(theirs.json().comments[0]).toMatchObject({ status: 'pending', reply: null, link: null });
  });
});
