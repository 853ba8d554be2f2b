// Journey for the "Foundation" issue: a city admin invites a colleague, who joins with the one-time
// link and works in Arabic. Every page visited is checked with axe (WCAG 2.0-2.2 A and AA).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, openContext } from './support/browser.js';
import { pressWithKeyboard, tabTo } from './support/keyboard.js';
import { startServer, type RunningServer } from './support/server.js';

// The demo city's admin, made by `concord serve` on a first start (README, "Run it").
const demoAdmin = { email: 'coordinator@demo.concord.test', password: 'concord-demo-2026' };
const colleague = {
  email: 'focal.point@demo.concord.test',
  name: 'Samira Haddad',
  password: 'a long password for the e2e journey',
};

let server: RunningServer;
let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;
let colleagueContext: BrowserContext;
let newcomer: Page;
let city: { id: string; name: string };
let invitationLink = '';
const browserProblems: string[] = [];

/** Records script errors and server errors a user would only see as a broken page. */
function watchForProblems(page: Page, who: string): void {
  page.on('pageerror', (error) => browserProblems.push(`${who}: script error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) {
      browserProblems.push(`${who}: ${response.status()} from ${response.url()}`);
    }
  });
}

/** The page has settled: its one h1 shows the expected text and nothing is still loading. */
async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).first().textContent(), {
      timeout: 15_000,
    })
    .toMatch(typeof name === 'string' ? new RegExp(`^\\s*${escapeRegExp(name)}\\s*$`) : name);
  await expect.poll(() => page.getByText('Loading…').count()).toBe(0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function documentLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  adminContext = await openContext(browser, server.baseUrl);
  admin = await adminContext.newPage();
  watchForProblems(admin, 'city admin');
  colleagueContext = await openContext(browser, server.baseUrl);
  newcomer = await colleagueContext.newPage();
  watchForProblems(newcomer, 'colleague');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('Foundation: invite a colleague, who joins and works in Arabic', () => {
  it('the city admin signs in with the keyboard and sees the demo city', async () => {
    await admin.goto('/');
    await expect.poll(() => new URL(admin.url()).pathname).toBe('/sign-in');
    await expectHeading(admin, 'Sign in to Concord');
    await expectAccessible(admin, 'Sign-in page');

    await tabTo(admin, admin.getByLabel('Email address'));
    await admin.keyboard.type(demoAdmin.email);
    await tabTo(admin, admin.getByLabel('Password'));
    await admin.keyboard.type(demoAdmin.password);
    await admin.keyboard.press('Enter');

    await expect.poll(() => new URL(admin.url()).pathname).toMatch(/^\/cities\/[^/]+$/);
    const me = await (await adminContext.request.get('/api/v1/me')).json();
    const membership = me.memberships.find(
      (entry: { role: string }) => entry.role === 'city-admin',
    );
    expect(membership, 'the demo admin should be city admin of the demo city').toBeDefined();
    city = { id: membership.cityId, name: membership.cityName };
    expect(new URL(admin.url()).pathname).toBe(`/cities/${encodeURIComponent(city.id)}`);
    await expectHeading(admin, city.name);
    await expect.poll(() => admin.locator('main').innerText()).toContain('City admin');
    await expectAccessible(admin, 'City home');
  });

  it('the city admin opens Members and invites a colleague, then copies the one-time link', async () => {
    const nav = admin.getByRole('navigation', { name: 'Main menu' });
    await pressWithKeyboard(admin, nav.getByRole('link', { name: 'Members' }), { backwards: true });
    await expectHeading(admin, 'Members');
    await expect
      .poll(() => admin.getByRole('cell', { name: demoAdmin.email }).count())
      .toBeGreaterThan(0);
    await expectAccessible(admin, 'Members page');

    await tabTo(admin, admin.getByLabel('Their email address'));
    await admin.keyboard.type(colleague.email);
    const editor = admin.getByRole('radio', { name: 'Editor' });
    await tabTo(admin, admin.getByRole('radio', { name: 'City admin' }));
    // Arrow keys move through a radio group and choose as they go.
    for (let presses = 0; presses < 5; presses += 1) {
      if (await editor.isChecked()) break;
      await admin.keyboard.press('ArrowDown');
    }
    expect(await editor.isChecked()).toBe(true);
    await pressWithKeyboard(admin, admin.getByRole('button', { name: 'Create invitation link' }));

    const panelHeading = admin.getByRole('heading', {
      name: new RegExp(escapeRegExp(colleague.email)),
    });
    await panelHeading.waitFor();
    // Focus moves to the new link's heading so screen-reader users hear it appeared.
    expect(await panelHeading.evaluate((element) => element === document.activeElement)).toBe(true);
    invitationLink = await admin.getByLabel('Invitation link').inputValue();
    expect(invitationLink).toMatch(new RegExp(`^${escapeRegExp(server.baseUrl)}/join/[^/]+$`));

    await pressWithKeyboard(admin, admin.getByRole('button', { name: 'Copy link' }));
    await admin.getByText('The link has been copied.', { exact: true }).first().waitFor();
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(invitationLink);
    await expect
      .poll(() => admin.getByRole('cell', { name: colleague.email }).count())
      .toBeGreaterThan(0);
    await expectAccessible(admin, 'Members page with the new invitation link');
  });

  it('the colleague opens the link in another browser, creates an account and sees the city', async () => {
    await newcomer.goto(invitationLink);
    await expectHeading(newcomer, `Join ${city.name} on Concord`);
    await expect.poll(() => newcomer.getByText(colleague.email).count()).toBeGreaterThan(0);
    await expectAccessible(newcomer, 'Join page');

    await tabTo(newcomer, newcomer.getByLabel('Full name'));
    await newcomer.keyboard.type(colleague.name);
    await tabTo(newcomer, newcomer.getByLabel('Create a password'));
    await newcomer.keyboard.type(colleague.password);
    await pressWithKeyboard(
      newcomer,
      newcomer.getByRole('button', { name: 'Create account and join' }),
    );

    await expect
      .poll(() => new URL(newcomer.url()).pathname)
      .toBe(`/cities/${encodeURIComponent(city.id)}`);
    await expectHeading(newcomer, city.name);
    await expectAccessible(newcomer, 'City home for the new member');

    const members = await (
      await adminContext.request.get(`/api/v1/cities/${encodeURIComponent(city.id)}/members`)
    ).json();
    expect(members.members).toContainEqual(
      expect.objectContaining({ email: colleague.email, name: colleague.name, role: 'editor' }),
    );
  });

  it('the link works only once', async () => {
    const strangerContext = await openContext(browser, server.baseUrl);
    const stranger = await strangerContext.newPage();
    await stranger.goto(invitationLink);
    await expectHeading(stranger, 'This invitation link does not work');
    await expectAccessible(stranger, 'Used invitation link');
    await strangerContext.close();
  });

  it('the colleague switches to Arabic and every page reads right to left', async () => {
    const nav = newcomer.getByRole('navigation', { name: 'Main menu' });
    await nav.getByRole('link', { name: 'Your account' }).click();
    await expectHeading(newcomer, 'Your account');
    // Where you are signed in: this browser's session, marked as this device (ASVS 7.5.2).
    const sessions = newcomer.getByRole('table', { name: '1 place where you are signed in' });
    await sessions.getByRole('cell', { name: 'This device' }).waitFor();
    await expectAccessible(newcomer, 'Account page');

    const languages = newcomer.getByRole('navigation', { name: 'Language' });
    await pressWithKeyboard(newcomer, languages.getByRole('button', { name: 'العربية' }), {
      backwards: true,
    });
    await expectHeading(newcomer, 'حسابك');
    expect(await documentLanguage(newcomer)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectAccessible(newcomer, 'Account page in Arabic');

    // The choice is saved to the account: a fresh load stays in Arabic.
    await newcomer.goto(`/cities/${encodeURIComponent(city.id)}`);
    await expectHeading(newcomer, city.name);
    expect(await documentLanguage(newcomer)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectAccessible(newcomer, 'City home in Arabic');

    const arabicNav = newcomer.getByRole('navigation', { name: 'القائمة الرئيسية' });
    await arabicNav.getByRole('link', { name: 'الأعضاء' }).click();
    await expectHeading(newcomer, 'الأعضاء');
    expect(await documentLanguage(newcomer)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectAccessible(newcomer, 'Members page in Arabic (editor)');
  });

  it('the city admin manages members in Arabic', async () => {
    const languages = admin.getByRole('navigation', { name: 'Language' });
    await languages.getByRole('button', { name: 'العربية' }).click();
    await expectHeading(admin, 'الأعضاء');
    expect(await documentLanguage(admin)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectAccessible(admin, 'Members page in Arabic (city admin, with the invite form)');
  });

  it('the sign-in page works in Arabic', async () => {
    const visitorContext = await openContext(browser, server.baseUrl);
    const visitor = await visitorContext.newPage();
    await visitor.goto('/sign-in');
    await expectHeading(visitor, 'Sign in to Concord');
    await visitor
      .getByRole('navigation', { name: 'Language' })
      .getByRole('button', { name: 'العربية' })
      .click();
    await expectHeading(visitor, 'تسجيل الدخول إلى Concord');
    expect(await documentLanguage(visitor)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectAccessible(visitor, 'Sign-in page in Arabic');
    await visitorContext.close();
  });

  it('had no script errors and no server errors on the way', () => {
    expect(browserProblems).toEqual([]);
  });
});
