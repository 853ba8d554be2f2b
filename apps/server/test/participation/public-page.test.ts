import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSULT_CSS_PATH } from '../../src/public/consult-styles.js';
import type { TestApp } from '../test-app.js';
import { DIALECTS } from '../test-database.js';
import { createTeam, createWorkspaceApp } from '../workspace/workspace-fixture.js';
import {
  FRAMING_ANSWER,
  consultationsUrl,
  postComment,
  publishDraft,
  saveAnswers,
  setCityLanguages,
} from './participation-fixture.js';

describe.each(DIALECTS)('public consultation page (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    ({ t } = await createWorkspaceApp(dialect));
  });
  afterAll(async () => {
    await t.close();
  });

  it('renders as plain HTML with one stylesheet, no script, landmarks and a labelled form', async () => {
    const team = await createTeam(t);
    await saveAnswers(t, team, { [FRAMING_ANSWER]: 'We start from what neighbourhoods need.' });
    const { path } = await publishDraft(t, team);

    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['referrer-policy']).toBe('same-origin');
    const html = page.body;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toContain(`<link rel="stylesheet" href="${CONSULT_CSS_PATH}">`);
    expect(html).toContain('<a class="skip" href="#main">Skip to main content</a>');
    for (const landmark of ['<header>', '<main id="main" tabindex="-1">', '<footer>'])
      expect(html).toContain(landmark);
    expect(html).toContain('<h1><bdi>Living together in Testville</bdi></h1>');
    expect(html).toContain('We start from what neighbourhoods need.');
    // Every visible input has a label tied to it.
    const ids = [...html.matchAll(/<(?:input type="text"|textarea) id="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(ids.length).toBeGreaterThanOrEqual(4);
    for (const id of ids) expect(html).toContain(`<label for="${id}">`);
    expect(html).toContain('<form method="post" action="/consult/');

    const css = await t.app.inject({ method: 'GET', url: CONSULT_CSS_PATH });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toContain('immutable');
    // The budget the brief sets for the whole page is 15 KB of script; we send none, and the
    // page with its stylesheet stays small enough for a slow connection.
    expect(Buffer.byteLength(html) + Buffer.byteLength(css.body)).toBeLessThan(30_000);
  });

  it('speaks Arabic right to left with ?lang=ar and switches languages with plain links', async () => {
    const team = await createTeam(t);
    await setCityLanguages(t, team, ['en', 'ar']);
    const { path } = await publishDraft(t, team, {
      languages: ['en', 'ar'],
      texts: {
        en: { title: 'Living together', framing: 'Tell us what you think.' },
        ar: { title: 'العيش معًا', framing: 'أخبرونا برأيكم.' },
      },
    });
    const arabic = await t.app.inject({ method: 'GET', url: `${path}?lang=ar` });
    expect(arabic.statusCode).toBe(200);
    expect(arabic.body).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic.body).toContain('<h1><bdi>العيش معًا</bdi></h1>');
    // The Latin city name keeps its own direction inside the Arabic window title.
    expect(arabic.body).toContain('<title>\u2068العيش معًا\u2069 – \u2068Testville\u2069</title>');
    expect(arabic.body).toContain('انتقل إلى المحتوى الرئيسي');
    expect(arabic.body).toContain(
      `<a href="/consult/${path.split('/').at(-1)}?lang=en" hreflang="en" lang="en">English</a>`,
    );
    expect(arabic.body).toContain('<span aria-current="true" lang="ar">العربية</span>');
    // The answers are written in English: marked so, inside the Arabic page.
    const byBrowser = await t.app.inject({
      method: 'GET',
      url: path,
      headers: { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' },
    });
    expect(byBrowser.body).toMatch(/<html lang="ar" dir="rtl">/);
    const unknown = await t.app.inject({ method: 'GET', url: `${path}?lang=fr` });
    expect(unknown.body).toMatch(/<html lang="en" dir="ltr">/);
  });

  it('takes a comment without an account, keeps it out of sight until a moderator approves it', async () => {
    const team = await createTeam(t);
    const { id, path } = await publishDraft(t, team);
    const posted = await postComment(t, path, {
      part: 'framing',
      name: 'Amina',
      comment: 'Please talk about youth centres first.',
    });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe(`${path}/thanks?lang=en&part=p-framing`);
    const thanks = await t.app.inject({ method: 'GET', url: String(posted.headers.location) });
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('<h1>Thank you for your comment</h1>');
    expect(thanks.body).toContain('after someone at the city has read it');
    expect(thanks.body).toContain(`href="${path}?lang=en#p-framing"`);

    const before = await t.app.inject({ method: 'GET', url: path });
    expect(before.body).not.toContain('youth centres');
    expect(before.body).not.toContain('Amina');

    const [pending] = await (
      await t.request('GET', consultationsUrl(team, `/${id}/comments?status=pending`), {
        cookie: team.cookies.coordinator,
      })
    ).json().comments;
    expect(pending).toMatchObject({
      part: 'framing',
      authorName: 'Amina',
      body: 'Please talk about youth centres first.',
      language: 'en',
      status: 'pending',
    });

    const approved = await t.request(
      'PUT',
      consultationsUrl(team, `/${id}/comments/${pending.id}/moderation`),
      { cookie: team.cookies.coordinator, body: { status: 'approved' } },
    );
    expect(approved.statusCode).toBe(200);
    expect(approved.json().comment).toMatchObject({
      status: 'approved',
      topic: 'conceptual-approach',
    });
    const replied = await t.request(
      'PUT',
      consultationsUrl(team, `/${id}/comments/${pending.id}/reply`),
      {
        cookie: team.cookies.coordinator,
        body: { text: 'Thank you: youth centres come first now.' },
      },
    );
    expect(replied.statusCode).toBe(200);

    const after = await t.app.inject({ method: 'GET', url: path });
    expect(after.body).toContain('Please talk about youth centres first.');
    expect(after.body).toContain('<bdi>Amina</bdi>');
    expect(after.body).toContain('Thank you: youth centres come first now.');

    const rejected = await t.request(
      'PUT',
      consultationsUrl(team, `/${id}/comments/${pending.id}/moderation`),
      { cookie: team.cookies.coordinator, body: { status: 'rejected', reason: 'Names a person.' } },
    );
    expect(rejected.json().comment).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Names a person.',
    });
    const hidden = await t.app.inject({ method: 'GET', url: path });
    expect(hidden.body).not.toContain('youth centres');
  });

  it('answers a filled honeypot like a success but stores nothing', async () => {
    const team = await createTeam(t);
    const { id, path } = await publishDraft(t, team);
    const posted = await postComment(t, path, {
      part: 'framing',
      comment: 'Buy cheap watches',
      website: 'http://spam.example',
    });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toContain('/thanks');
    const { listComments } = await import('./participation-fixture.js');
    expect(await listComments(t, team, id)).toEqual([]);
  });

  it('shows form errors in an error summary and keeps what the resident wrote', async () => {
    const team = await createTeam(t);
    const { id, path } = await publishDraft(t, team);
    const empty = await postComment(t, path, { part: 'framing', comment: '   ', name: 'Sam' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('<title>Error: Living together in Testville – Testville</title>');
    expect(empty.body).toContain('<h2 id="error-summary-title">There is a problem</h2>');
    expect(empty.body).toContain('<a href="#p-framing-comment">Enter your comment.</a>');
    expect(empty.body).toContain('aria-invalid="true"');
    expect(empty.body).toContain('value="Sam"');

    const long = 'a'.repeat(2001);
    const tooLong = await postComment(t, path, { part: 'framing', comment: long });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain(
      'Your comment has 2001 characters. Shorten it to 2000 characters or fewer.',
    );
    expect(tooLong.body).toContain(`>${long}</textarea>`);

    const longName = await postComment(t, path, {
      part: 'framing',
      comment: 'Fine.',
      name: 'n'.repeat(81),
    });
    expect(longName.statusCode).toBe(400);
    expect(longName.body).toContain('Use 80 characters or fewer for your name.');

    const huge = await postComment(t, path, { part: 'framing', comment: 'x'.repeat(40_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(huge.body).toContain('Your comment is too long');

    const { listComments } = await import('./participation-fixture.js');
    expect(await listComments(t, team, id)).toEqual([]);
  });

  it('refuses posts without a form from our page, from other sites and for unknown parts', async () => {
    const team = await createTeam(t);
    const { id, path } = await publishDraft(t, team);
    const forged = await postComment(t, path, {
      part: 'framing',
      comment: 'Scripted',
      nonce: `${Math.floor(Date.now() / 1000)}.${'A'.repeat(43)}`,
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('Your comment could not be sent');
    expect(forged.body).toContain('Scripted');
    const missing = await postComment(t, path, { part: 'framing', comment: 'No nonce', nonce: '' });
    expect(missing.statusCode).toBe(400);
    const crossSite = await postComment(
      t,
      path,
      { part: 'framing', comment: 'From elsewhere' },
      { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } },
    );
    expect(crossSite.statusCode).toBe(403);
    const otherPart = await postComment(t, path, { part: 'strategy:mandate', comment: 'Hello' });
    expect(otherPart.statusCode).toBe(400);
    const { listComments } = await import('./participation-fixture.js');
    expect(await listComments(t, team, id)).toEqual([]);
  });

  it('sends a form left open for over a day back once, with the comment kept', async () => {
    const team = await createTeam(t);
    const { id, path, slug } = await publishDraft(t, team);
    const { createFormNonce } = await import('../../src/public/form-nonce.js');
    const stale = createFormNonce(
      t.config.sessionSecret,
      slug,
      new Date(Date.now() - 25 * 3_600_000),
    );
    const posted = await postComment(t, path, {
      part: 'framing',
      comment: 'Kept text',
      nonce: stale,
    });
    expect(posted.statusCode).toBe(400);
    expect(posted.body).toContain('This page was open for a long time.');
    expect(posted.body).toContain('>Kept text</textarea>');
    const { listComments } = await import('./participation-fixture.js');
    expect(await listComments(t, team, id)).toEqual([]);
  });

  it('throttles a flood from one address without losing the comments already accepted', async () => {
    const team = await createTeam(t);
    const { id, path } = await publishDraft(t, team);
    const page = await t.app.inject({ method: 'GET', url: path });
    const nonce = /name="nonce" value="([^"]+)"/.exec(page.body)![1]!;
    const statuses: number[] = [];
    for (let i = 1; i <= 25; i += 1) {
      const response = await postComment(t, path, {
        part: 'framing',
        comment: `Comment ${i}`,
        nonce,
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        expect(response.body).toContain('Please wait before sending more comments');
        expect(response.body).toContain('The comments you sent before are safe.');
        expect(response.body).toContain(`Comment ${i}`);
      }
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(303));
    expect(statuses.slice(20)).toEqual(Array(5).fill(429));
    const { listComments } = await import('./participation-fixture.js');
    const stored = await listComments(t, team, id);
    expect(stored.map((c) => c.body)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Comment ${i + 1}`),
    );
    expect(stored.every((c) => c.status === 'pending')).toBe(true);

    // Another address is not affected by the flood.
    const other = await postComment(
      t,
      path,
      { part: 'framing', comment: 'Neighbour' },
      { ip: '198.51.100.9' },
    );
    expect(other.statusCode).toBe(303);
  });

  it('refuses comments on a closed consultation with a clear page, and shows no form', async () => {
    const team = await createTeam(t);
    const { id, path } = await publishDraft(t, team);
    const page = await t.app.inject({ method: 'GET', url: path });
    const nonce = /name="nonce" value="([^"]+)"/.exec(page.body)![1]!;
    const closed = await t.request('POST', consultationsUrl(team, `/${id}/close`), {
      cookie: team.cookies.coordinator,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().consultation).toMatchObject({ status: 'closed', phase: 'closed' });

    const late = await postComment(t, path, { part: 'framing', comment: 'Too late?', nonce });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('<h1>This consultation is closed</h1>');
    expect(late.body).toContain('Too late?');
    const after = await t.app.inject({ method: 'GET', url: path });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('This consultation closed on');
    expect(after.body).not.toContain('<form');
    const { listComments } = await import('./participation-fixture.js');
    expect(await listComments(t, team, id)).toEqual([]);
  });

  it('shows nothing at unknown addresses and never shows a draft', async () => {
    const team = await createTeam(t);
    const missing = await t.app.inject({ method: 'GET', url: '/consult/not-a-real-slug' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Page not found');
    const created = await t.request('POST', consultationsUrl(team), {
      cookie: team.cookies.coordinator,
      body: {
        languages: ['en'],
        texts: { en: { title: 'Draft', framing: 'Not yet' } },
        questionIds: [],
        definitionRowIds: [],
        opensOn: '2026-01-01',
        closesOn: '2026-12-31',
      },
    });
    expect(created.json().consultation.publicUrl).toBeNull();
  });
});
