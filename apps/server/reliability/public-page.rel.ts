import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFigures } from './support/results.js';
import { ODD_STRINGS } from './support/schema-arbitrary.js';
import { type CityData, type World, createWorld } from './support/world.js';
import { HOOK_TIMEOUT_MS } from './support/timeouts.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const FLOOD = 100;
const FORM_FUZZ = 1_000;

let world: World;

beforeAll(async () => {
  world = await createWorld();
}, HOOK_TIMEOUT_MS);

afterAll(async () => {
  await world?.close();
}, HOOK_TIMEOUT_MS);

function slugOf(city: CityData): string {
  if (!city.consultationSlug) throw new Error('the world has no published consultation');
  return city.consultationSlug;
}

/** The hidden fields a resident's browser sends with the form (nonce and section). */
async function readForm(slug: string): Promise<{ nonce: string; part: string }> {
  const page = await world.t.request('GET', `/consult/${slug}`);
  return {
    nonce: /name="nonce" value="([^"]+)"/.exec(page.body)?.[1] ?? '',
    part: /name="part" value="([^"]+)"/.exec(page.body)?.[1] ?? '',
  };
}

function postComment(
  slug: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return world.t.request('POST', `/consult/${slug}/comments`, {
    body: new URLSearchParams(fields).toString(),
    headers: { ...FORM, ...headers },
  });
}

async function countComments(city: CityData): Promise<number> {
  const strategyId = city.ids.strategyId?.[0];
  const consultationId = city.ids.consultationId?.[0];
  const response = await world.t.request(
    'GET',
    `/api/v1/cities/${city.cityId}/strategies/${strategyId}/consultations/${consultationId}/comments`,
    { cookie: city.adminCookie },
  );
  return (response.json() as { comments: unknown[] }).comments.length;
}

describe('public consultation page (no account needed)', () => {
  it('a spammer flooding one consultation is stopped after a few comments, and nothing shows unmoderated', async () => {
    const { foreign } = world;
    const slug = slugOf(foreign);
    const before = await countComments(foreign);
    const form = await readForm(slug);
    const statuses = new Map<number, number>();
    for (let n = 0; n < FLOOD; n += 1) {
      const response = await postComment(slug, {
        ...form,
        website: '',
        name: 'Spam',
        comment: `buy now ${n}`,
      });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    }
    const stored = (await countComments(foreign)) - before;
    console.log(
      `public page flood: ${FLOOD} posts -> ${JSON.stringify(Object.fromEntries(statuses))}, ${stored} stored for moderation`,
    );
    expect(stored).toBeLessThanOrEqual(20);
    expect(statuses.get(429) ?? 0).toBeGreaterThan(0);
    expect((await world.t.request('GET', `/consult/${slug}`)).body).not.toContain('buy now');

    // A filled honeypot looks accepted to the program, and stores nothing.
    const trap = await postComment(slug, {
      ...form,
      website: 'http://spam.example',
      name: 'Bot',
      comment: 'bot',
    });
    expect(trap.statusCode).toBe(303);
    expect(await countComments(foreign)).toBe(before + stored);

    const crossSite = await postComment(
      slug,
      { ...form, website: '', comment: 'x' },
      { origin: 'https://evil.example' },
    );
    expect(crossSite.statusCode).toBe(403);
  });

  it('an approved comment full of markup is shown as text', async () => {
    const { t, home } = world;
    const slug = slugOf(home);
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const posted = await postComment(slug, {
      ...(await readForm(slug)),
      website: '',
      name: '<b>x</b>',
      comment: hostile,
    });
    expect(posted.statusCode).toBe(303);
    const base = `/api/v1/cities/${home.cityId}/strategies/${home.ids.strategyId?.[0]}/consultations/${home.ids.consultationId?.[0]}`;
    const list = (
      await t.request('GET', `${base}/comments`, { cookie: home.adminCookie })
    ).json() as {
      comments: { id: string; text?: string; comment?: string }[];
    };
    const comment = list.comments.find((item) => JSON.stringify(item).includes('onerror'));
    expect(comment).toBeDefined();
    const approved = await t.request('PUT', `${base}/comments/${comment?.id}/moderation`, {
      cookie: home.adminCookie,
      body: { status: 'approved' },
    });
    expect(approved.statusCode).toBe(200);
    const page = (await t.request('GET', `/consult/${slug}`)).body;
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toMatch(/<img[^>]*onerror/);
  });

  it(`${FORM_FUZZ} malformed form posts: never a 5xx`, async () => {
    const slug = slugOf(world.home);
    const form = await readForm(slug);
    const text = fc.oneof(
      fc.constantFrom(...ODD_STRINGS),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom('x'.repeat(5_001), 'é'.repeat(20_000), '%ZZ%', '\u0000'.repeat(10)),
    );
    const fields = fc.record(
      {
        part: fc.oneof(fc.constant(form.part), text),
        nonce: fc.oneof(fc.constant(form.nonce), text),
        website: fc.oneof(fc.constant(''), text),
        name: text,
        comment: text,
        extra: text,
      },
      { requiredKeys: [] },
    );
    const raw = fc.oneof(
      fields.map((value) => ({
        body: new URLSearchParams(value as Record<string, string>).toString(),
        type: FORM['content-type'],
      })),
      fc
        .constantFrom('a=%ZZ&b', '&&&==&', 'part&part&part', '%'.repeat(300))
        .map((body) => ({ body, type: FORM['content-type'] })),
      fc
        .jsonValue()
        .map((value) => ({ body: JSON.stringify(value) ?? 'null', type: 'application/json' })),
      fc.string().map((body) => ({ body, type: 'text/plain' })),
    );
    let serverErrors = 0;
    const problems: string[] = [];
    for (const sample of fc.sample(raw, { numRuns: FORM_FUZZ, seed: 42 })) {
      const response = await world.t.request('POST', `/consult/${slug}/comments`, {
        body: sample.body,
        headers: { 'content-type': sample.type },
      });
      if (response.statusCode >= 500) {
        serverErrors += 1;
        problems.push(`${response.statusCode} for ${sample.type} ${sample.body.slice(0, 80)}`);
      } else if (response.statusCode >= 400 && response.body.trim() === '') {
        problems.push(`${response.statusCode} with an empty body for ${sample.body.slice(0, 80)}`);
      }
    }
    addFigures({ malformedInputs: FORM_FUZZ, serverErrors });
    expect(problems.slice(0, 20)).toEqual([]);
    expect((await world.t.request('GET', `/consult/${slug}`)).statusCode).toBe(200);
  });
});
