// Moves through the page the way a keyboard user does, proving each control can be reached.
import type { Locator, Page } from 'playwright-core';

const MAX_PRESSES = 80;

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, and fails if it is never reached: a control
 * a keyboard cannot reach is a bug, not something to click around.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean } = {},
): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  await target.waitFor({ state: 'visible' });
  for (let presses = 0; presses < MAX_PRESSES; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  const description = await target.evaluate((element) => element.outerHTML.slice(0, 200));
  throw new Error(`Could not reach ${description} with ${key} in ${MAX_PRESSES} presses`);
}

/** Reaches the control with the keyboard, then activates it with Enter. */
export async function pressWithKeyboard(
  page: Page,
  target: Locator,
  options: { backwards?: boolean } = {},
): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press('Enter');
}
