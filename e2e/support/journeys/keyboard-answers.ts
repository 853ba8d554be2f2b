// Answers questions the way a keyboard user does: Tab into a control, arrow keys through radio
// groups, Space for checkboxes, typing into text fields. Long section pages need more presses
// than the shared `tabTo`, so these walk further but still fail on a control nobody can reach.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectFocusVisible } from '../keyboard.js';

const MAX_PRESSES = 300;

function holdsFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element.contains(document.activeElement));
}

/** Presses Tab (or Shift+Tab) until the focus is on or inside `target`. */
export async function reachByTab(
  page: Page,
  target: Locator,
  options: { backwards?: boolean } = {},
): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  await target.waitFor({ state: 'visible' });
  for (let presses = 0; presses < MAX_PRESSES; presses += 1) {
    if (await holdsFocus(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Could not reach ${await target.evaluate((e) => e.outerHTML.slice(0, 160))}`);
}

/** Reaches a link or button with the keyboard, checks its focus shows, and presses Enter. */
export async function activateByKeyboard(
  page: Page,
  target: Locator,
  options: { backwards?: boolean } = {},
): Promise<void> {
  await reachByTab(page, target, options);
  await expectFocusVisible(target);
  await page.keyboard.press('Enter');
}

/**
 * Tabs into a radio group and moves with the arrow keys until `option` is chosen. Tries again
 * if the page re-renders under the keys (a revealed question can shift the group).
 */
export async function chooseRadio(page: Page, group: Locator, option: string): Promise<void> {
  const target = group.getByRole('radio', { name: option, exact: true });
  for (let attempt = 0; attempt < 3 && !(await target.isChecked()); attempt += 1) {
    await reachByTab(page, group);
    const count = await group.getByRole('radio').count();
    for (let presses = 0; presses <= count; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) {
        if (!(await target.isChecked())) await page.keyboard.press('Space');
        break;
      }
      if (!(await holdsFocus(group))) break;
      await page.keyboard.press('ArrowDown');
    }
  }
  expect(await target.isChecked(), `${option} should be chosen`).toBe(true);
  await expectFocusVisible(target);
}

/** Tabs to a text field, clears it and types the answer. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await reachByTab(page, field);
  await expectFocusVisible(field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  expect(await field.inputValue()).toBe(text);
}

/** Waits until the section's autosave has sent everything typed so far. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('main').innerText(), { timeout: 20_000 })
    .toMatch(/All changes saved at/);
  await expect.poll(() => page.getByText('Saving…').count(), { timeout: 20_000 }).toBe(0);
}
