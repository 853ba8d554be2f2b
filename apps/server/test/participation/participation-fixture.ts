import type { LightMyRequestResponse } from 'fastify';
import { todayInTimeZone } from '../../src/modules/findings/city-today.js';
import type { TestApp } from '../test-app.js';
import { TEST_ORIGIN } from '../test-app.js';
import { type Team, answerUrl, strategyUrl } from '../workspace/workspace-fixture.js';

export const GLOSSARY = 'strategy:considerations:q:glossary';
export const CONSULTATIONS = 'strategy:considerations:q:consultations';
export const FRAMING_ANSWER = 'strategy:framework:q:conceptual-framing';
export const FORM = 'strategy:framework:q:form';
export const POLITICAL_ASSESSED = 'strategy:framework:q:political-context-assessed';
export const POLITICAL_NOTES = 'strategy:framework:q:political-context-notes';
export const NEW_STRUCTURES = 'strategy:considerations:q:new-structures';

/** Test cities live in Europe/Paris; dates are the city's. */
export function cityDate(offsetDays = 0): string {
  return todayInTimeZone('Europe/Paris', new Date(Date.now() + offsetDays * 86_400_000));
}

export async function saveAnswers(
  t: TestApp,
  team: Team,
  values: Record<string, unknown>,
): Promise<void> {
  for (const [questionId, value] of Object.entries(values)) {
    const current = await t.request('GET', strategyUrl(team, '/answers'), {
      cookie: team.cookies.coordinator,
    });
    const revision = current.json().answers[questionId]?.revision ?? 0;
    const saved = await t.request('PUT', answerUrl(team, questionId), {
      cookie: team.cookies.coordinator,
      body: { value, baseRevision: revision },
    });
    if (saved.statusCode !== 200) throw new Error(`answer ${questionId} not saved: ${saved.body}`);
  }
}

export async function setCityLanguages(t: TestApp, team: Team, languages: string[]): Promise<void> {
  const response = await t.request('PATCH', `/api/v1/cities/${team.cityId}`, {
    cookie: team.cookies['city-admin'],
    body: { languages },
  });
  if (response.statusCode !== 200) throw new Error(`languages not set: ${response.body}`);
}

export function consultationsUrl(team: Team, rest = ''): string {
  return strategyUrl(team, `/consultations${rest}`);
}

export interface DraftOverrides {
  languages?: string[];
  texts?: Record<string, { title: string; framing: string }>;
  questionIds?: string[];
  definitionRowIds?: string[];
  opensOn?: string;
  closesOn?: string;
}

export function draftBody(overrides: DraftOverrides = {}) {
  return {
    languages: ['en'],
    texts: {
      en: {
        title: 'Living together in Testville',
        framing: 'We want to hear how you see the plan.\n\nTell us what matters to you.',
      },
    },
    questionIds: [FRAMING_ANSWER],
    definitionRowIds: [],
    opensOn: cityDate(-1),
    closesOn: cityDate(14),
    ...overrides,
  };
}

/** Creates and publishes a consultation; returns its id, slug and public path. */
export async function publishDraft(t: TestApp, team: Team, overrides: DraftOverrides = {}) {
  const created = await t.request('POST', consultationsUrl(team), {
    cookie: team.cookies.coordinator,
    body: draftBody(overrides),
  });
  if (created.statusCode !== 201) throw new Error(`draft not created: ${created.body}`);
  const id: string = created.json().consultation.id;
  const published = await t.request('POST', consultationsUrl(team, `/${id}/publish`), {
    cookie: team.cookies.coordinator,
  });
  if (published.statusCode !== 200) throw new Error(`not published: ${published.body}`);
  const publicUrl: string = published.json().consultation.publicUrl;
  const path = new URL(publicUrl).pathname;
  return { id, path, slug: path.split('/').at(-1)!, consultation: published.json().consultation };
}

export function readNonce(html: string): string {
  const match = /name="nonce" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no comment form on the page');
  return match[1]!;
}

export interface CommentFields {
  part: string;
  comment: string;
  name?: string;
  website?: string;
  nonce?: string;
}

/** Posts the comment form as a browser would (urlencoded, same origin), from a given address. */
export async function postComment(
  t: TestApp,
  path: string,
  fields: CommentFields,
  { lang = 'en', ip = '203.0.113.7', headers = {} } = {} as {
    lang?: string;
    ip?: string;
    headers?: Record<string, string>;
  },
): Promise<LightMyRequestResponse> {
  let nonce = fields.nonce;
  if (nonce === undefined) {
    const page = await t.app.inject({ method: 'GET', url: `${path}?lang=${lang}` });
    nonce = readNonce(page.body);
  }
  const form = new URLSearchParams({
    part: fields.part,
    nonce,
    website: fields.website ?? '',
    name: fields.name ?? '',
    comment: fields.comment,
  });
  return t.app.inject({
    method: 'POST',
    url: `${path}/comments?lang=${lang}`,
    remoteAddress: ip,
    headers: {
      origin: TEST_ORIGIN,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    payload: form.toString(),
  });
}

export async function listComments(t: TestApp, team: Team, consultationId: string, query = '') {
  const response = await t.request(
    'GET',
    consultationsUrl(team, `/${consultationId}/comments${query}`),
    { cookie: team.cookies.coordinator },
  );
  if (response.statusCode !== 200) throw new Error(`comments not listed: ${response.body}`);
  return response.json().comments as { id: string; status: string; body: string; part: string }[];
}
