// Journey for the workspace issue: two people change the same answer of the demo strategy at
// the same time. The second save is refused; that person sees both answers, chooses one, and
// the other was on screen the whole time: nothing is silently overwritten.
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
import {
  activateByKeyboard,
  typeInto,
  waitUntilSaved,
} from './support/journeys/keyboard-answers.js';
import { expectHeading, watchForProblems } from './support/journeys/page-state.js';

const questionId = 'strategy:awareness:q:officials-aware';
const questionLabel =
  'How many city officials know the mandate well enough to explain it to colleagues?';
const coordinatorValue = '4';
const editorValue = '9';

let server: RunningServer;
let browser: Browser;
let coordinatorContext: BrowserContext;
let editorContext: BrowserContext;
let coordinator: Page;
let editor: Page;
let cityId = '';
let sectionUrl = '';
let answersUrl = '';
const problems: string[] = [];

async function storedAnswer(): Promise<{ value: unknown; revision: number }> {
  const body = await (await coordinatorContext.request.get(answersUrl)).json();
  return body.answers[questionId];
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  coordinatorContext = await openContext(browser, server.baseUrl);
  editorContext = await openContext(browser, server.baseUrl);
  await signInByApi(coordinatorContext.request, server.baseUrl, demoPeople.coordinator);
  await signInByApi(editorContext.request, server.baseUrl, demoPeople.editor);
  cityId = await findDemoCity(coordinatorContext.request);
  coordinator = await coordinatorContext.newPage();
  editor = await editorContext.newPage();
  watchForProblems(coordinator, 'coordinator', problems);
  // A 409 is the expected answer to the second save; only 5xx count as problems.
  watchForProblems(editor, 'editor', problems);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('Workspace: two people change the same answer', () => {
  it('both open the awareness section of the demo strategy', async () => {
    await coordinator.goto(`/cities/${encodeURIComponent(cityId)}/strategies`);
    await expectHeading(coordinator, 'Strategies');
    const href = await coordinator
      .locator('main')
      .getByRole('link', { name: demoStrategyTitle })
      .getAttribute('href');
    sectionUrl = `${href}/sections/awareness`;
    answersUrl = `/api/v1${href}/answers`;
    for (const page of [coordinator, editor]) {
      await page.goto(sectionUrl);
      await expectHeading(page, 'Awareness');
      const field = page.getByRole('textbox', { name: questionLabel });
      await expect.poll(() => field.isEditable()).toBe(true);
    }
    const before = await storedAnswer();
    expect(String(before.value)).not.toBe(coordinatorValue);
    expect(String(before.value)).not.toBe(editorValue);
  });

  it('the coordinator saves first', async () => {
    const before = await storedAnswer();
    await typeInto(
      coordinator,
      coordinator.getByRole('textbox', { name: questionLabel }),
      coordinatorValue,
    );
    await coordinator.keyboard.press('Tab');
    await waitUntilSaved(coordinator);
    const after = await storedAnswer();
    expect(after.value).toBe(Number(coordinatorValue));
    expect(after.revision).toBeGreaterThan(before.revision);
  });

  it('the editor saves second and sees both answers side by side', async () => {
    await typeInto(editor, editor.getByRole('textbox', { name: questionLabel }), editorValue);
    await editor.keyboard.press('Tab');
    const panel = editor.getByRole('region', {
      name: `Someone else changed the answer to “${questionLabel}”`,
    });
    await panel.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => editor.locator('main').innerText())
      .toMatch(/Not saved: someone else changed an answer while you were working/);
    const values = panel.locator('dl');
    const rows = await values.locator('div').allInnerTexts();
    const flat = rows.map((row) => row.replace(/\s+/g, ' ').trim());
    expect(flat.find((row) => row.startsWith('Your answer'))).toMatch(
      new RegExp(`Your answer ${editorValue}$`),
    );
    expect(flat.find((row) => row.startsWith('Answer saved by'))).toMatch(
      new RegExp(`${coordinatorValue}$`),
    );
    // Nothing has been written over yet: the server still holds the coordinator's answer.
    expect((await storedAnswer()).value).toBe(Number(coordinatorValue));
    await expectAccessible(editor, 'Awareness with the conflict view');
  });

  it('the editor keeps their own answer, and the server stores it', async () => {
    const panel = editor.getByRole('region', { name: /^Someone else changed the answer to/ });
    await activateByKeyboard(editor, panel.getByRole('button', { name: 'Keep my answer' }), {
      backwards: true,
    });
    await panel.waitFor({ state: 'detached', timeout: 20_000 });
    await waitUntilSaved(editor);
    await expect.poll(async () => (await storedAnswer()).value).toBe(Number(editorValue));
    await expectAccessible(editor, 'Awareness after choosing an answer');
  });

  it('the coordinator sees the chosen answer after reloading', async () => {
    await coordinator.reload();
    await expectHeading(coordinator, 'Awareness');
    await expect
      .poll(() => coordinator.getByRole('textbox', { name: questionLabel }).inputValue())
      .toBe(editorValue);
  });

  it('had no script errors and no server errors on the way', () => {
    expect(problems).toEqual([]);
  });
});
