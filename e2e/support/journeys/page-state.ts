// Small waits shared by the journeys: a page has settled, and the document language.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The page's h1 shows the expected text and nothing is still loading. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  const pattern = typeof name === 'string' ? new RegExp(`^\\s*${escapeRegExp(name)}\\s*$`) : name;
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).first().textContent(), {
      timeout: 20_000,
    })
    .toMatch(pattern);
  await expect.poll(() => page.locator('.loading').count(), { timeout: 20_000 }).toBe(0);
  await expect.poll(() => page.getByText('Loading…').count(), { timeout: 20_000 }).toBe(0);
}

export async function documentDirection(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
}

/** Records script errors and server errors a user would only see as a broken page. */
export function watchForProblems(page: Page, who: string, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`${who}: script error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500)
      problems.push(`${who}: ${response.status()} from ${response.url()}`);
  });
}

export { escapeRegExp };
