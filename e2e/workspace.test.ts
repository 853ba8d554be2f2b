// Journey for the workspace issue: a coordinator, with the keyboard only, starts a strategy cycle
// and works through every section for shared scenario S1 (the awareness gap), then reads the
// findings S1 should produce. Every workspace page is checked with axe in English and Arabic, and
// the dashboards show a captioned data table beside their charts.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, openContext } from './support/browser.js';
import { tabTo } from './support/keyboard.js';
import { startServer, type RunningServer } from './support/server.js';
import { demoPassword, demoPeople, demoStrategyTitle } from './support/journeys/demo-session.js';
import {
  activateByKeyboard,
  chooseRadio,
  reachByTab,
  typeInto,
  waitUntilSaved,
} from './support/journeys/keyboard-answers.js';
import {
  documentDirection,
  expectHeading,
  watchForProblems,
} from './support/journeys/page-state.js';

const strategyTitle = 'Riverside S1 journey 2026-2029';
const sections = [
  'Mandate',
  'Awareness',
  'Is the mandate enough?',
  'Strategic framework',
  'Principles',
  'Further considerations',
  'Leadership and ownership',
  'Making it last',
  'Resources',
  'Funding',
];

// What S1 should show, by the titles in content/strategy/rules (severity shown before the title).
const expectedFindings = [
  { code: 'AW-2', severity: 'High', title: 'The national framework has not reached the city' },
  {
    code: 'AW-3',
    severity: 'Medium',
    title: 'The city was not asked for its views on the national framework',
  },
  { code: 'AW-4', severity: null, title: 'Knowledge of the mandate rests with one or two people' },
  {
    code: 'AW-1',
    severity: null,
    title: 'Departments and local services do not know about the mandate',
  },
  { code: 'AW-5', severity: null, title: 'The political leadership has not been briefed' },
  { code: 'FUN-05', severity: 'High', title: 'The work depends mainly on international donors' },
  {
    code: 'FUN-03',
    severity: null,
    title: 'An outside funder has not been checked for fit and public perception',
  },
  { code: 'FUN-02', severity: 'Medium', title: 'The city puts none of its own money in' },
  { code: 'SUS-04', severity: null, title: 'The strategy is not in the annual budget' },
];

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cityId = '';
let strategyPath = '';
let demoStrategyPath = '';
const visitedPaths: string[] = [];
const problems: string[] = [];

function path(): string {
  return new URL(page.url()).pathname;
}

function main(): ReturnType<Page['locator']> {
  return page.locator('main');
}

function question(label: string) {
  return main().getByRole('group', { name: label, exact: true });
}

async function visitSection(title: string, index: number): Promise<void> {
  await expectHeading(page, title);
  visitedPaths.push(path());
  await expectAccessible(page, `Section ${index + 1} (${title}), empty`);
}

/** Leaves the section for its check-your-answers page, checks it, and goes on. */
async function checkAnswersAndContinue(title: string, next: string | undefined): Promise<void> {
  await activateByKeyboard(
    page,
    main().getByRole('link', { name: 'Check the answers to this section' }),
  );
  await expectHeading(page, `Check your answers: ${title}`);
  visitedPaths.push(path());
  await expectAccessible(page, `Check your answers: ${title}`);
  if (next) {
    await activateByKeyboard(page, main().getByRole('link', { name: `Continue to ${next}` }));
  } else {
    await activateByKeyboard(page, main().getByRole('link', { name: 'Back to all sections' }));
  }
}

async function addRow(groupLabel: string, rowNumber: number): Promise<ReturnType<Page['locator']>> {
  const add = main().getByRole('button', {
    name: new RegExp(`^Add (an|another) item ${groupLabel}$`),
  });
  await activateByKeyboard(page, add);
  const row = question(groupLabel).getByRole('group', { name: `Item ${rowNumber}`, exact: true });
  await row.waitFor();
  return row;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await openContext(browser, server.baseUrl);
  page = await context.newPage();
  watchForProblems(page, 'coordinator', problems);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential(
  'Workspace: a coordinator answers every section for S1 with the keyboard',
  () => {
    it('signs in and starts a new strategy cycle', async () => {
      await page.goto('/sign-in');
      await expectHeading(page, 'Sign in to Concord');
      await tabTo(page, page.getByLabel('Email address'));
      await page.keyboard.type(demoPeople.coordinator);
      await tabTo(page, page.getByLabel('Password'));
      await page.keyboard.type(demoPassword);
      await page.keyboard.press('Enter');
      await expect.poll(() => path()).toMatch(/^\/cities\/[^/]+$/);
      cityId = decodeURIComponent(path().split('/')[2]!);

      await page.goto(`/cities/${encodeURIComponent(cityId)}/strategies`);
      await expectHeading(page, 'Strategies');
      visitedPaths.push(path());
      await expectAccessible(page, 'Strategies');
      demoStrategyPath = new URL(
        (await main().getByRole('link', { name: demoStrategyTitle }).getAttribute('href'))!,
        server.baseUrl,
      ).pathname;

      await typeInto(page, page.getByLabel('Name of the strategy'), strategyTitle);
      await typeInto(page, page.getByLabel('First year'), '2026');
      await typeInto(page, page.getByLabel('Last year'), '2029');
      await page.keyboard.press('Enter');
      await expectHeading(page, strategyTitle);
      strategyPath = path();
      expect(strategyPath).toMatch(/^\/cities\/[^/]+\/strategies\/[^/]+$/);
      visitedPaths.push(strategyPath);
      await expect.poll(() => main().innerText()).toContain('You have completed 0 of 10 sections.');
      await expectAccessible(page, 'Task list of the new strategy');
    });

    it('answers the mandate: a national strategy the council has not taken up', async () => {
      await activateByKeyboard(page, main().getByRole('link', { name: '1. Mandate', exact: true }));
      await visitSection('Mandate', 0);
      const row = await addRow('Mandates the city holds', 1);
      await chooseRadio(
        page,
        row.getByRole('group', { name: 'Where it comes from', exact: true }),
        'National strategy or action plan',
      );
      await chooseRadio(
        page,
        row.getByRole('group', { name: 'What it means for the city', exact: true }),
        'It is part of functions the city already runs',
      );
      await typeInto(
        page,
        row.getByRole('textbox', { name: 'Who issued it' }),
        'National government',
      );
      await chooseRadio(
        page,
        question('Could the city council adopt its own mandate for this work?'),
        'Not known',
      );
      const locallyAdopted = question(
        'Has the council formally taken up the national mandate as its own?',
      );
      if ((await locallyAdopted.count()) > 0) await chooseRadio(page, locallyAdopted, 'No');
      await waitUntilSaved(page);
      await expectAccessible(page, 'Mandate, answered');
      await checkAnswersAndContinue('Mandate', 'Awareness');
    });

    it('answers awareness: not shared, not consulted, two officials, nobody briefed', async () => {
      await visitSection('Awareness', 1);
      await chooseRadio(
        page,
        question('Has national government formally shared the national framework with the city?'),
        'No',
      );
      await chooseRadio(
        page,
        question(
          'Was the city asked for its views while the national framework was being written?',
        ),
        'No',
      );
      await chooseRadio(
        page,
        question('Does the city have a regular channel with national government on this work?'),
        'No',
      );
      await typeInto(
        page,
        main().getByRole('textbox', {
          name: 'How many city officials know the mandate well enough to explain it to colleagues?',
        }),
        '2',
      );
      await chooseRadio(
        page,
        question(
          'Have local services outside the administration, such as schools and health centres, been told about the mandate?',
        ),
        'No',
      );
      await chooseRadio(
        page,
        question("Has the mayor or the city's political leadership been briefed on the mandate?"),
        'No',
      );
      await waitUntilSaved(page);
      await expectAccessible(page, 'Awareness, answered');
      await checkAnswersAndContinue('Awareness', sections[2]);
    });

    it('goes through the sections S1 says nothing about, checking each', async () => {
      for (let index = 2; index <= 6; index += 1) {
        await visitSection(sections[index]!, index);
        await checkAnswersAndContinue(sections[index]!, sections[index + 1]);
      }
    });

    it('answers sustainability (no budget line) and resources', async () => {
      await visitSection('Making it last', 7);
      await chooseRadio(
        page,
        question("Is the strategy written into the city's annual budget?"),
        'No',
      );
      await waitUntilSaved(page);
      await expectAccessible(page, 'Making it last, answered');
      await checkAnswersAndContinue('Making it last', 'Resources');
      await visitSection('Resources', 8);
      await checkAnswersAndContinue('Resources', 'Funding');
    });

    it('answers funding: two international donors, one never checked, no city money', async () => {
      await visitSection('Funding', 9);
      const donors = [
        { name: 'Donor A', amount: '120000', kind: 'Cash', checked: 'No' },
        { name: 'Donor B', amount: '60000', kind: 'Both', checked: 'Not known' },
      ];
      for (const [index, donor] of donors.entries()) {
        const row = await addRow('Funding sources', index + 1);
        await chooseRadio(
          page,
          row.getByRole('group', { name: 'Type of source', exact: true }),
          'International donor',
        );
        await typeInto(
          page,
          row.getByRole('textbox', { name: 'Name of the funder or programme' }),
          donor.name,
        );
        await typeInto(
          page,
          row.getByRole('textbox', { name: 'Amount', exact: true }),
          donor.amount,
        );
        await typeInto(
          page,
          row.getByRole('textbox', { name: 'Currency (for example EUR, GBP, KES)' }),
          'USD',
        );
        await chooseRadio(page, row.getByRole('group', { name: 'Cash or in kind' }), donor.kind);
        await chooseRadio(
          page,
          row.getByRole('group', {
            name: 'Checked against community priorities and how residents will see this funder?',
          }),
          donor.checked,
        );
      }
      await waitUntilSaved(page);
      await expectAccessible(page, 'Funding, answered');
      await checkAnswersAndContinue('Funding', undefined);
      await expectHeading(page, strategyTitle);
    });

    it('every answer reached the server', async () => {
      const answers = await (await context.request.get(`/api/v1${strategyPath}/answers`)).json();
      const text = JSON.stringify(answers);
      for (const expected of ['shared-with-city', 'officials-aware', 'annual-budget', 'Donor B']) {
        expect(text).toContain(expected);
      }
    });

    it('the findings page shows what S1 should show', async () => {
      await activateByKeyboard(page, main().getByRole('link', { name: 'See all findings' }));
      await expectHeading(page, 'Findings');
      visitedPaths.push(path());
      const headings = await main().getByRole('heading', { level: 4 }).allInnerTexts();
      const flat = headings.map((heading) => heading.replace(/\s+/g, ' ').trim());
      for (const finding of expectedFindings) {
        const match = flat.find((heading) => heading.endsWith(finding.title));
        expect(match, `${finding.code} "${finding.title}" among ${flat.join(' | ')}`).toBeDefined();
        if (finding.severity) expect(match!.startsWith(finding.severity)).toBe(true);
      }
      // S1 holds a mandate, even if nobody has seen it: it is not "no mandate".
      expect(flat.some((heading) => /The city has no mandate/.test(heading))).toBe(false);
      await expectAccessible(page, 'Findings');
    });

    it('the dashboards render, each chart with a captioned data table', async () => {
      for (const [label, at] of [
        ['S1 strategy', strategyPath],
        ['demo strategy', demoStrategyPath],
      ] as const) {
        await page.goto(`${at}/dashboards`);
        await expectHeading(page, 'Dashboards');
        visitedPaths.push(path());
        for (const name of [
          'Mandate strength',
          'Who contributes what',
          'Funding',
          'Who leads: the options compared',
          'Stakeholder network',
          'Political calendar',
        ]) {
          await main().getByRole('heading', { level: 2, name, exact: true }).waitFor();
        }
        await expectAccessible(page, `Dashboards of the ${label}`);
      }
      // The demo strategy has data for every chart: each is paired with a table that has a caption.
      const tables = main().locator('table');
      await expect.poll(() => tables.count()).toBeGreaterThanOrEqual(5);
      for (const table of await tables.all()) {
        const caption = (await table.locator('caption').innerText()).trim();
        expect(caption.length, 'every dashboard table has a caption').toBeGreaterThan(0);
        expect(await table.locator('tbody tr').count(), `${caption} has rows`).toBeGreaterThan(0);
      }
      for (const caption of [
        'What counts towards the score',
        'Funding by kind of source',
        'The lead models side by side',
        'Dates that shape the strategy',
      ]) {
        expect(await main().getByRole('table', { name: caption }).count(), caption).toBe(1);
      }
    });

    it('switches to Arabic with the keyboard', async () => {
      await page.goto(strategyPath);
      await expectHeading(page, strategyTitle);
      const languages = page.getByRole('navigation', { name: 'Language' });
      await reachByTab(page, languages.getByRole('button', { name: 'العربية' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => documentDirection(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    });

    it('every workspace page visited passes axe in Arabic', async () => {
      const unique = [...new Set(visitedPaths)];
      expect(unique.length).toBeGreaterThanOrEqual(24);
      for (const visited of unique) {
        await page.goto(visited);
        await expectHeading(page, /\S/);
        expect(await documentDirection(page)).toEqual({ lang: 'ar', dir: 'rtl' });
        await expectAccessible(page, `${visited} in Arabic`);
      }
    }, 240_000);

    it('had no script errors and no server errors on the way', () => {
      expect(problems).toEqual([]);
    });
  },
);
