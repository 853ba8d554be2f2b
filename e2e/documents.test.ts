// Journey for the strategy document issue: the coordinator writes a chapter, saves a version,
// takes it through review and submission to the council's approval (recording the decision),
// and the approved strategy is then locked: the pages say so and the server refuses edits. An
// export to Word shows its progress and ends with a download link.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, openContext } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';
import {
  demoPeople,
  demoStrategyTitle,
  findDemoCity,
  signInByApi,
} from './support/journeys/demo-session.js';
import { expectHeading, watchForProblems } from './support/journeys/page-state.js';

const chapterText =
  '## Why Riverside acts\n\nRiverside wants every resident to feel safe and heard.\n\n- Schools\n- Youth centres';
const versionLabel = 'For the council, March 2027';
const decision = { body: 'City council', number: '2027/114', day: '18', month: '3', year: '2027' };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let strategyPath = '';
let chapterPath = '';
const problems: string[] = [];

function main() {
  return page.locator('main');
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

describe.sequential('Documents: write, version, approve, lock and export', () => {
  it('the coordinator writes the first chapter', async () => {
    const cityId = await findDemoCity(context.request);
    await page.goto(`/cities/${encodeURIComponent(cityId)}/strategies`);
    await expectHeading(page, 'Strategies');
    await main().getByRole('link', { name: demoStrategyTitle }).click();
    await expectHeading(page, demoStrategyTitle);
    strategyPath = new URL(page.url()).pathname;

    await main().getByRole('link', { name: 'Open the strategy document' }).click();
    await expectHeading(page, 'Strategy document');
    await expectAccessible(page, 'Strategy document');

    await main().getByRole('link', { name: '1. Context and mandate' }).click();
    await expectHeading(page, /Context and mandate/);
    chapterPath = new URL(page.url()).pathname;
    const editor = main().getByRole('textbox', { name: 'Text for “Context and mandate”' });
    await editor.fill(chapterText);
    await expect
      .poll(() => main().innerText(), { timeout: 20_000 })
      .toMatch(/Last saved by .+ on /);
    // The preview renders the Markdown: a heading, not the raw "##".
    await main().getByRole('heading', { name: 'Why Riverside acts' }).waitFor();
    await expectAccessible(page, 'Chapter editor with text');
  });

  it('saves a version, sends it for review and submits it', async () => {
    await page.goto(`${strategyPath}/versions`);
    await expectHeading(page, 'Versions and approval');
    await expectAccessible(page, 'Versions, none saved');
    await main().getByRole('textbox', { name: 'Name of the version' }).fill(versionLabel);
    await main().getByRole('button', { name: 'Save the version' }).click();
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain(`Version “${versionLabel}” has been saved`);
    const versionLink = main().getByRole('link', { name: versionLabel }).first();
    if (!/\/versions\/[^/]+$/.test(new URL(page.url()).pathname)) await versionLink.click();
    await expectHeading(page, new RegExp(versionLabel));
    await expectAccessible(page, 'Version page, draft');

    await main().getByRole('button', { name: 'Send for review' }).click();
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain(`${versionLabel} has been sent for review`);
    await expectAccessible(page, 'Version page, in review');
    await main().getByRole('button', { name: 'Submit for decision' }).click();
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain(`${versionLabel} has been submitted for decision`);
    await expectAccessible(page, 'Version page, submitted');
  });

  it('records the council decision: who, motion number and date', async () => {
    await main().getByRole('link', { name: 'Record the approval' }).click();
    await expectHeading(page, "Record the council's approval");
    await expectAccessible(page, 'Approval form');
    await main().getByRole('textbox', { name: 'Who decided' }).fill(decision.body);
    await main()
      .getByRole('textbox', { name: 'Decision or motion number (optional)' })
      .fill(decision.number);
    const date = main().getByRole('group', { name: 'Date of the decision' });
    await date.getByRole('textbox', { name: 'Day' }).fill(decision.day);
    await date.getByRole('textbox', { name: 'Month' }).fill(decision.month);
    await date.getByRole('textbox', { name: 'Year' }).fill(decision.year);
    await main().getByRole('button', { name: 'Record the approval' }).click();
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 20_000 })
      .toContain(`The approval of ${versionLabel} has been recorded`);
    // The status follows the decision within a moment, without a reload.
    await expect.poll(() => main().innerText()).toContain(decision.body);
    const text = await main().innerText();
    expect(text).toContain(decision.number);
    expect(text).toMatch(/18 Mar(ch)? 2027/);
    expect(text).toMatch(/Status\s+Approved/);
    await expectAccessible(page, 'Version page, approved');
  });

  it('the approved strategy is locked: the pages say so and edits are refused', async () => {
    await page.goto(strategyPath);
    await expectHeading(page, demoStrategyTitle);
    await expect.poll(() => main().innerText()).toContain(`${versionLabel} was approved`);
    await expectAccessible(page, 'Task list, locked');

    await page.goto(`${strategyPath}/sections/awareness`);
    await expectHeading(page, 'Awareness');
    await expect
      .poll(() => main().innerText())
      .toContain('The strategy is locked: answers and texts can be read but not changed.');
    expect(await main().getByRole('textbox').count()).toBe(0);
    await expectAccessible(page, 'Section page, locked');

    await page.goto(chapterPath);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect
      .poll(() => main().innerText())
      .toContain('This strategy has been approved, so its text can no longer be changed.');
    await expectAccessible(page, 'Chapter page, locked');

    // The server refuses whatever the pages would no longer offer.
    const headers = { origin: server.baseUrl };
    const answers = await (await context.request.get(`/api/v1${strategyPath}/answers`)).json();
    const officials = answers.answers['strategy:awareness:q:officials-aware'];
    const answerEdit = await context.request.put(
      `/api/v1${strategyPath}/answers/${encodeURIComponent('strategy:awareness:q:officials-aware')}`,
      { headers, data: { value: 99, baseRevision: officials.revision } },
    );
    expect(answerEdit.status(), await answerEdit.text()).toBeGreaterThanOrEqual(400);
    expect(answerEdit.status()).toBeLessThan(500);
    const after = await (await context.request.get(`/api/v1${strategyPath}/answers`)).json();
    expect(after.answers['strategy:awareness:q:officials-aware'].value).toBe(officials.value);
  });

  it('a Word export shows its progress, then a download link', async () => {
    await page.goto(`${strategyPath}/document`);
    await expectHeading(page, 'Strategy document');
    const seen = new Set<string>();
    await main().getByRole('button', { name: 'Create: Word document (DOCX)' }).click();
    const download = main().getByRole('link', { name: /^Download Word document \(DOCX\)/ });
    const deadline = Date.now() + 60_000;
    while ((await download.count()) === 0 && Date.now() < deadline) {
      const text = await main().innerText();
      for (const state of [/being prepared/, /Waiting to start…/, /\d+% done/]) {
        const match = text.match(state);
        if (match) seen.add(match[0]);
      }
      await page.waitForTimeout(50);
    }
    await download.first().waitFor();
    expect([...seen].length, 'progress was shown before the link').toBeGreaterThan(0);
    await expect.poll(() => main().innerText()).toMatch(/ready to download/);
    await expectAccessible(page, 'Strategy document with a finished export');

    const href = (await download.first().getAttribute('href'))!;
    const file = await context.request.get(href);
    expect(file.status()).toBe(200);
    const bytes = await file.body();
    expect(bytes.subarray(0, 2).toString('latin1'), 'a DOCX is a zip file').toBe('PK');
  });

  it('had no script errors and no server errors on the way', () => {
    expect(problems).toEqual([]);
  });
});
