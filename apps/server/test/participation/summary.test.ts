import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import { createTeam, createWorkspaceApp, strategyUrl } from '../workspace/workspace-fixture.js';
import {
  CONSULTATIONS,
  FRAMING_ANSWER,
  GLOSSARY,
  consultationsUrl,
  listComments,
  postComment,
  publishDraft,
  saveAnswers,
} from './participation-fixture.js';

const CON_3 = 'strategy:rule:CON-3';
const STR_21 = 'strategy:rule:STR-21';

describe.each(DIALECTS)('consultation summary in the consultation log (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    ({ t } = await createWorkspaceApp(dialect));
  });
  afterAll(async () => {
    await t.close();
  });

  async function ruleIds(team: Awaited<ReturnType<typeof createTeam>>): Promise<string[]> {
    const response = await t.request('GET', strategyUrl(team, '/evaluation?locale=en'), {
      cookie: team.cookies.viewer,
    });
    return response.json().evaluation.findings.map((f: { ruleId: string }) => f.ruleId);
  }

  it('writes one row by section and topic through the answers service, and CON-3 goes away', async () => {
    const team = await createTeam(t);
    const earlier = {
      id: 'meeting-1',
      date: '2025-03-01',
      method: 'workshop',
      groups: 'Youth organisations',
      topics: ['priorities'],
    };
    await saveAnswers(t, team, {
      [FRAMING_ANSWER]: 'We work with neighbourhoods.',
      [CONSULTATIONS]: [earlier],
      [GLOSSARY]: [
        {
          id: 'g1',
          term: 'Extremism',
          definition: 'Ideas that reject the rights of others, pushed by force.',
          consensus: 'proposed',
        },
      ],
    });
    expect(await ruleIds(team)).toContain(CON_3);

    const { id, path } = await publishDraft(t, team, { definitionRowIds: ['g1'] });
    const tooSoon = await t.request('POST', consultationsUrl(team, `/${id}/summary`), {
      cookie: team.cookies.coordinator,
    });
    expect(tooSoon.statusCode).toBe(409);

    const sent = [
      { part: 'framing', comment: 'Say more about schools.' },
      { part: 'definitions', comment: 'The word extremism scares people.', name: 'Omar' },
      { part: 'definitions', comment: 'Define hate as well.' },
      { part: 'strategy:framework', comment: 'Good approach.' },
      { part: 'framing', comment: 'Spam spam' },
    ];
    for (const fields of sent) expect((await postComment(t, path, fields)).statusCode).toBe(303);
    const comments = await listComments(t, team, id);
    const byBody = (text: string) => comments.find((c) => c.body === text)!.id;
    const moderate = (commentId: string, body: unknown) =>
      t.request('PUT', consultationsUrl(team, `/${id}/comments/${commentId}/moderation`), {
        cookie: team.cookies.coordinator,
        body,
      });
    for (const text of ['Say more about schools.', 'The word extremism scares people.'])
      expect((await moderate(byBody(text), { status: 'approved' })).statusCode).toBe(200);
    await moderate(byBody('Good approach.'), { status: 'approved', topic: 'conceptual-approach' });
    await moderate(byBody('Spam spam'), { status: 'rejected', reason: 'Advertising.' });

    const linked = await t.request(
      'PUT',
      consultationsUrl(team, `/${id}/comments/${byBody('The word extremism scares people.')}/link`),
      {
        cookie: team.cookies.coordinator,
        body: { questionId: GLOSSARY, note: 'We now say "violent extremism" and define it.' },
      },
    );
    expect(linked.statusCode).toBe(200);
    expect(linked.json().comment.link).toMatchObject({ questionId: GLOSSARY });

    const summary = await t.request('POST', consultationsUrl(team, `/${id}/summary`), {
      cookie: team.cookies.coordinator,
    });
    expect(summary.statusCode).toBe(200);
    const row = summary.json().row;
    expect(row).toMatchObject({
      id: `consultation-${id}`,
      method: 'public-comments',
      topics: ['conceptual-approach', 'terminology'],
      groups: 'Residents commenting on the public consultation page “Living together in Testville”',
    });
    expect(row.heard).toContain(
      'Comments received: 5. Published after moderation: 3. Still to moderate: 1.',
    );
    expect(row.heard).toContain('- About this consultation: 1');
    expect(row.heard).toContain('- Key terms: 1');
    expect(row.heard).toContain('- Strategic framework: 1');
    expect(row.heard).toContain('- The overall approach: 2');
    expect(row.heard).toContain('- Key words and definitions: 1');
    // No resident's words or name are copied into the log.
    expect(JSON.stringify(row)).not.toContain('Omar');
    expect(JSON.stringify(row)).not.toContain('scares');
    expect(row.changed).toBe(
      '- Key terms and what they mean here: We now say "violent extremism" and define it.',
    );

    const answers = await t.request('GET', strategyUrl(team, '/answers'), {
      cookie: team.cookies.viewer,
    });
    const log = answers.json().answers[CONSULTATIONS];
    expect(log.value).toEqual([earlier, row]);
    expect(log.updatedBy.userId).toBe(team.people.coordinator.id);
    expect(await ruleIds(team)).not.toContain(CON_3);
    expect(await ruleIds(team)).toContain(STR_21);

    // Summarising again replaces the same row rather than adding one.
    const again = await t.request('POST', consultationsUrl(team, `/${id}/summary`), {
      cookie: team.cookies.coordinator,
    });
    expect(again.statusCode).toBe(200);
    const after = await t.request('GET', strategyUrl(team, '/answers'), {
      cookie: team.cookies.viewer,
    });
    expect(after.json().answers[CONSULTATIONS].value).toHaveLength(2);

    const audit = await t.request(
      'GET',
      `/api/v1/cities/${team.cityId}/audit?strategyId=${team.strategyId}&action=answer.save&limit=1`,
      { cookie: team.cookies.coordinator },
    );
    expect(audit.json().entries[0]).toMatchObject({
      action: 'answer.save',
      entityId: CONSULTATIONS,
      actor: { userId: team.people.coordinator.id },
    });
    const detail = await t.request('GET', consultationsUrl(team, `/${id}`), {
      cookie: team.cookies.coordinator,
    });
    expect(detail.json().consultation.summarizedAt).toMatch(/^\d{4}-/);
  });

  it('writes the summary in the language of the answers', async () => {
    const team = await createTeam(t);
    const { setCityLanguages } = await import('./participation-fixture.js');
    await setCityLanguages(t, team, ['fr', 'en']);
    const { id, path } = await publishDraft(t, team, {
      languages: ['fr', 'en'],
      texts: {
        fr: { title: 'Vivre ensemble', framing: 'Donnez votre avis.' },
        en: { title: 'Living together', framing: 'Tell us.' },
      },
    });
    await postComment(t, path, { part: 'framing', comment: 'Merci.' }, { lang: 'fr' });
    const [comment] = await listComments(t, team, id);
    await t.request('PUT', consultationsUrl(team, `/${id}/comments/${comment!.id}/moderation`), {
      cookie: team.cookies.coordinator,
      body: { status: 'approved' },
    });
    const summary = await t.request('POST', consultationsUrl(team, `/${id}/summary`), {
      cookie: team.cookies.coordinator,
    });
    expect(summary.json().row.groups).toBe(
      'Habitants ayant commenté la page de consultation publique « Vivre ensemble »',
    );
    expect(summary.json().row.heard).toContain('- À propos de cette consultation : 1');
  });
});
