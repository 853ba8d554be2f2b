// Follows every link a city admin can reach from their city's home page, in English and in
// Arabic, and checks each page with axe and for reflow at 320px. New pages are covered as soon
// as a link leads to them, with no list to keep up to date.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, openContext } from './support/browser.js';
import { expectReflow } from './support/reflow.js';
import { startServer, type RunningServer } from './support/server.js';

const MAX_PAGES = 100;
const cityAdmin = { email: 'coordinator@demo.concord.test', password: 'concord-demo-2026' };
// Links that leave the app's pages: downloads, the API, and signing out.
const NOT_A_PAGE = /^\/api\/|\.(csv|docx|pdf|md|json)(\?|$)|\/(export|download)s?\b|sign-out/;

let server: RunningServer;
let browser: Browser;
let cityId = '';

/** Same-origin page links on the current page, as paths, without fragments. */
async function collectLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const paths = new Set<string>();
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== server.baseUrl) continue;
    // Further pages of one list (cursor=) show the same page with other rows.
    if (url.searchParams.has('cursor')) continue;
    const path = url.pathname + url.search;
    if (!NOT_A_PAGE.test(path)) paths.add(path);
  }
  return [...paths];
}

async function settle(page: Page, dir: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
  await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe(dir);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each([
  { code: 'en', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
])('pages a city admin reaches by links, in $code', ({ code, dir }) => {
  it('each passes axe and reflows', async () => {
    const context = await openContext(browser, server.baseUrl, { locale: code });
    const headers = { origin: server.baseUrl };
    const signIn = await context.request.post('/api/v1/auth/sign-in', {
      headers,
      data: cityAdmin,
    });
    expect(signIn.status()).toBe(200);
    await context.request.patch('/api/v1/me', { headers, data: { locale: code } });
    const me = await (await context.request.get('/api/v1/me')).json();
    cityId = me.memberships[0].cityId;

    const page = await context.newPage();
    // The audit log is reached from several places over time; start there too so it is always
    // checked.
    const queue = [`/cities/${cityId}`, `/cities/${cityId}/audit`];
    const seen = new Set(queue);
    const visited: string[] = [];
    while (queue.length > 0 && visited.length < MAX_PAGES) {
      const path = queue.shift() as string;
      await page.goto(path);
      await settle(page, dir);
      visited.push(path);
      await expectAccessible(page, `${path} (${code})`);
      await expectReflow(page, `${path} (${code})`);
      for (const link of await collectLinks(page)) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    const ids = new RegExp(`${cityId}|[0-9a-f]{8}-[0-9a-f-]{27}`, 'g');
    const shapes = [...new Set(visited.map((path) => path.replace(ids, ':id')))];
    console.log(
      `${code}: checked ${visited.length} pages, ${queue.length} left unvisited:\n  ` +
        shapes.join('\n  '),
    );
    expect(visited.length).toBeGreaterThan(3);
    await context.close();
  }, 600_000);
});
