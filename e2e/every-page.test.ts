// Every page of the app, in English and in Arabic (right to left), passes axe's WCAG 2.0-2.2 A
// and AA rules and reflows to a 320px-wide screen, including the states users meet when
// something goes wrong: form errors, a used or broken invitation link, an address that does not
// exist.
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, openContext } from './support/browser.js';
import { expectReflow } from './support/reflow.js';
import { startServer, type RunningServer } from './support/server.js';

const DEMO_PASSWORD = 'concord-demo-2026';
const demo = {
  cityAdmin: 'coordinator@demo.concord.test',
  networkAdmin: 'admin@demo.concord.test',
  editor: 'youth@demo.concord.test',
};
const locales = [
  { code: 'en', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
] as const;

let server: RunningServer;
let browser: Browser;
let cityId = '';
let editorId = '';
let invitationPath = '';

/** State-changing API calls must come from Concord's own origin (CSRF guard). */
function sameOrigin(): Record<string, string> {
  return { origin: server.baseUrl };
}

async function signIn(request: APIRequestContext, email: string): Promise<void> {
  const response = await request.post('/api/v1/auth/sign-in', {
    headers: sameOrigin(),
    data: { email, password: DEMO_PASSWORD },
  });
  expect(response.status(), `sign in as ${email}`).toBe(200);
}

async function setAccountLocale(request: APIRequestContext, locale: string): Promise<void> {
  const response = await request.patch('/api/v1/me', { headers: sameOrigin(), data: { locale } });
  expect(response.status(), `save language ${locale}`).toBe(200);
}

/**
 * A browser for one person in one language: visitors get it from the browser's language, members
 * from their account, as in real use.
 */
async function openAs(email: string | null, locale: string): Promise<BrowserContext> {
  const context = await openContext(browser, server.baseUrl, { locale });
  if (email) {
    await signIn(context.request, email);
    await setAccountLocale(context.request, locale);
  }
  return context;
}

/** Waits until the page has its heading, nothing is loading and the language is applied. */
async function settle(page: Page, dir: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator('.loading, [role="status"].loading').count()).toBe(0);
  await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe(dir);
}

async function visit(page: Page, path: string, dir: string, label: string): Promise<void> {
  await page.goto(path);
  await settle(page, dir);
  await expectAccessible(page, label);
  await expectReflow(page, label);
}

/** Submits a form with nothing filled in, so the error summary and inline errors show. */
async function submitEmpty(page: Page, form: string, label: string): Promise<void> {
  await page.locator(form).locator('button[type="submit"]').first().click();
  await page.locator('.error-summary, [role="alert"]').first().waitFor();
  await expectAccessible(page, label);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await openAs(demo.cityAdmin, 'en');
  const me = await (await context.request.get('/api/v1/me')).json();
  cityId = me.memberships[0].cityId;
  const members = await (await context.request.get(`/api/v1/cities/${cityId}/members`)).json();
  editorId = members.members.find(
    (member: { email: string }) => member.email === demo.editor,
  ).userId;
  const invitation = await context.request.post(`/api/v1/cities/${cityId}/invitations`, {
    headers: sameOrigin(),
    data: { email: 'new.colleague@demo.concord.test', role: 'contributor' },
  });
  expect(invitation.status()).toBe(201);
  invitationPath = new URL((await invitation.json()).link).pathname;
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(locales)('every page in $code', ({ code, dir }) => {
  it('pages for visitors without an account', async () => {
    const context = await openAs(null, code);
    const page = await context.newPage();
    await visit(page, '/sign-in', dir, `Sign-in (${code})`);
    await submitEmpty(page, 'main form', `Sign-in with errors (${code})`);
    await visit(page, invitationPath, dir, `Join (${code})`);
    await submitEmpty(page, 'main form', `Join with errors (${code})`);
    await visit(page, '/join/not-a-real-invitation', dir, `Broken invitation link (${code})`);
    await visit(page, '/no-such-page', dir, `Page not found (${code})`);
    await context.close();
  });

  it('pages for a city admin', async () => {
    const context = await openAs(demo.cityAdmin, code);
    const page = await context.newPage();
    await visit(page, '/cities', dir, `Your cities (${code})`);
    await visit(page, `/cities/${cityId}`, dir, `City home (${code})`);
    await visit(page, `/cities/${cityId}/members`, dir, `Members (${code})`);
    await submitEmpty(
      page,
      'form:has(input[name="email"])',
      `Members with invitation errors (${code})`,
    );
    await visit(
      page,
      `/cities/${cityId}/members/${editorId}/remove`,
      dir,
      `Remove a member (${code})`,
    );
    await visit(page, '/account', dir, `Account (${code})`);
    await submitEmpty(
      page,
      'form:has(input[name="newPassword"])',
      `Account with password errors (${code})`,
    );
    await visit(page, `/cities/not-a-city/members`, dir, `A city that is not yours (${code})`);
    await context.close();
  });

  it('pages for a network admin', async () => {
    const context = await openAs(demo.networkAdmin, code);
    const page = await context.newPage();
    await visit(page, '/admin/cities', dir, `Manage cities (${code})`);
    await submitEmpty(
      page,
      'form:has(input[name="timeZone"], select[name="timeZone"])',
      `Manage cities with errors (${code})`,
    );
    await visit(page, '/cities', dir, `All cities for a network admin (${code})`);
    await visit(page, `/cities/${cityId}`, dir, `A city seen by a network admin (${code})`);
    await context.close();
  });
});
