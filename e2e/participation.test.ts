// Journey for the participation issue: the coordinator publishes a consultation draft, a resident
// whose browser runs no JavaScript comments on the public page, a moderator publishes the
// comment, the coordinator links it to a change and writes the summary into the consultation
// log, and the finding about communities never being consulted (CON-3) goes away.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, openContext } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';
import { demoPeople, findDemoCity, signInByApi } from './support/journeys/demo-session.js';
import {
  documentDirection,
  expectHeading,
  watchForProblems,
} from './support/journeys/page-state.js';

const strategyTitle = 'Riverside consultation journey 2026-2029';
const consultationTitle = 'Living together in Riverside: your views';
const residentComment = 'Please explain the approach in plain words and meet us in the library.';
const notConsulted = 'Communities have not been asked about the approach or its wording';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let strategyPath = '';
let consultationPath = '';
let publicUrl = '';
const problems: string[] = [];

function main() {
  return page.locator('main');
}

async function findingTitles(): Promise<string[]> {
  await page.goto(`${strategyPath}/findings`);
  await expectHeading(page, 'Findings');
  const headings = await main().getByRole('heading', { level: 4 }).allInnerTexts();
  return headings.map((heading) => heading.replace(/\s+/g, ' ').trim());
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await openContext(browser, server.baseUrl);
  await signInByApi(context.request, server.baseUrl, demoPeople.coordinator);
  page = await context.newPage();
  watchForProblems(page, 'coordinator', problems);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('Participation: a resident without JavaScript comments on a draft', () => {
  it('a new strategy starts with the "not consulted" finding', async () => {
    const cityId = await findDemoCity(context.request);
    const created = await context.request.post(
      `/api/v1/cities/${encodeURIComponent(cityId)}/strategies`,
      {
        headers: { origin: server.baseUrl },
        data: { title: strategyTitle, startYear: 2026, endYear: 2029 },
      },
    );
    expect(created.status(), await created.text()).toBeLessThan(300);
    const { strategy } = await created.json();
    strategyPath = `/cities/${encodeURIComponent(cityId)}/strategies/${encodeURIComponent(strategy.id)}`;
    const titles = await findingTitles();
    expect(
      titles.some((title) => title.endsWith(notConsulted)),
      titles.join(' | '),
    ).toBe(true);
  });

  it('the coordinator writes and publishes a consultation draft in English and Arabic', async () => {
    await page.goto(`${strategyPath}/participation`);
    await expectHeading(page, 'Participation and public consultations');
    await expectAccessible(page, 'Participation overview');
    await main().getByRole('link', { name: 'Start a public consultation' }).click();
    await expectHeading(page, 'Start a public consultation');
    await main().getByRole('checkbox', { name: 'العربية' }).check();
    const english = main().getByRole('group', { name: 'Title and framing in English' });
    await english.getByRole('textbox', { name: 'Title' }).fill(consultationTitle);
    await english
      .getByRole('textbox', { name: 'What the consultation is about' })
      .fill('Riverside is writing its plan for living together. Tell us what you think.');
    const arabic = main()
      .getByRole('group', { name: /^Title and framing in/ })
      .nth(1);
    await arabic.getByRole('textbox').first().fill('العيش معا في ريفرسايد: آراؤكم');
    await arabic.getByRole('textbox').nth(1).fill('تكتب المدينة خطتها للعيش معا. أخبرونا برأيكم.');
    await expectAccessible(page, 'New consultation form');
    await main().getByRole('button', { name: 'Save the draft' }).click();
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain('The draft has been saved.');
    await expectHeading(page, new RegExp(consultationTitle));
    consultationPath = new URL(page.url()).pathname;
    await expectAccessible(page, 'Consultation draft');

    await main().getByRole('button', { name: 'Publish the consultation' }).click();
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain('The consultation is published.');
    const address = main().locator('a[href*="/consult/"]').first();
    await address.waitFor();
    publicUrl = (await address.getAttribute('href'))!;
    expect(new URL(publicUrl, server.baseUrl).pathname).toMatch(/^\/consult\/[^/]+$/);
    await expectAccessible(page, 'Published consultation');
  });

  it('a resident with JavaScript disabled reads the page and comments without an account', async () => {
    const residentContext = await browser.newContext({
      baseURL: server.baseUrl,
      javaScriptEnabled: false,
      locale: 'en-GB',
    });
    const resident = await residentContext.newPage();
    watchForProblems(resident, 'resident', problems);
    await resident.goto(publicUrl);
    await resident.getByRole('heading', { level: 1, name: consultationTitle }).waitFor();
    const form = resident.locator('form').filter({ hasText: 'Your comment' }).first();
    await form.getByRole('textbox', { name: 'Your comment' }).fill(residentComment);
    await form.getByRole('button', { name: 'Send comment' }).click();
    await resident.getByRole('heading', { level: 1, name: 'Thank you for your comment' }).waitFor();
    // Nothing is public before a moderator approves it.
    await resident.goto(publicUrl);
    expect(await resident.locator('body').innerText()).not.toContain(residentComment);
    await residentContext.close();
  });

  it('the public page passes axe in English and Arabic', async () => {
    const readerContext = await openContext(browser, server.baseUrl);
    const reader = await readerContext.newPage();
    await reader.goto(publicUrl);
    await reader.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(reader, 'Public consultation page in English');
    const url = new URL(publicUrl, server.baseUrl);
    url.searchParams.set('lang', 'ar');
    await reader.goto(url.toString());
    await reader.getByRole('heading', { level: 1 }).waitFor();
    expect(await documentDirection(reader)).toEqual({ lang: 'ar', dir: 'rtl' });
    await expectAccessible(reader, 'Public consultation page in Arabic');
    await readerContext.close();
  });

  it('the moderator publishes the comment as one about the overall approach', async () => {
    await page.goto(consultationPath);
    await main().getByRole('link', { name: 'Read and moderate comments' }).click();
    await expectHeading(page, /Comments from residents/);
    await expect.poll(() => main().innerText()).toContain(residentComment);
    await expectAccessible(page, 'Comments to moderate');
    const card = main().locator('article').filter({ hasText: residentComment });
    await card.locator('summary').filter({ hasText: 'Approve and publish' }).click();
    await card
      .getByRole('group', { name: 'What is the comment about?' })
      .getByRole('radio', { name: 'The overall approach' })
      .check();
    await card.getByRole('button', { name: /^Publish the comment/ }).click();
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain('The comment has been moderated.');
  });

  it('the coordinator links the comment to a change', async () => {
    // Once published, the comment has left the "To moderate" list.
    await main()
      .getByRole('navigation', { name: 'Show comments' })
      .getByRole('link', { name: 'Published', exact: true })
      .click();
    const card = main().locator('article').filter({ hasText: residentComment });
    await card.locator('summary').filter({ hasText: 'Link to a change in the strategy' }).click();
    const select = card.getByRole('combobox', { name: 'Which part of the strategy changed?' });
    const options = await select
      .locator('option')
      .evaluateAll((items) =>
        items.map((item) => (item as HTMLOptionElement).value).filter((value) => value !== ''),
      );
    await select.selectOption(options[0]!);
    await card
      .getByRole('textbox', { name: 'What changed' })
      .fill('The framing now explains the approach in plain words.');
    await card.getByRole('button', { name: /^Save the link/ }).click();
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain('The link to the change has been saved.');
    await expectAccessible(page, 'Comments after moderation and linking');
  });

  it('the published comment is on the public page', async () => {
    const readerContext = await browser.newContext({
      baseURL: server.baseUrl,
      javaScriptEnabled: false,
    });
    const reader = await readerContext.newPage();
    await reader.goto(publicUrl);
    expect(await reader.locator('body').innerText()).toContain(residentComment);
    await readerContext.close();
  });

  it('the summary goes into the consultation log and the finding goes away', async () => {
    await page.goto(consultationPath);
    await expectHeading(page, new RegExp(consultationTitle));
    await main()
      .getByRole('button', { name: 'Write the summary into the consultation log' })
      .click();
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain('The summary has been written into the consultation log.');
    await expectAccessible(page, 'Consultation with its summary');
    const titles = await findingTitles();
    expect(
      titles.some((title) => title.endsWith(notConsulted)),
      titles.join(' | '),
    ).toBe(false);
  });

  it('had no script errors and no server errors on the way', () => {
    expect(problems).toEqual([]);
  });
});
