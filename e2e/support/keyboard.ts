// Moves through the page the way a keyboard user does, proving each control can be reached and
// shows where the focus is (WCAG 2.4.7, which axe cannot check).
import type { Locator, Page } from 'playwright-core';

const MAX_PRESSES = 80;

// The properties a focus indicator can change; the focused look must differ in at least one.
const FOCUS_STYLE_PROPERTIES = [
  'outline-style',
  'outline-width',
  'outline-color',
  'box-shadow',
  'background-color',
  'border-color',
  'color',
  'text-decoration-line',
] as const;

async function describe(target: Locator): Promise<string> {
  return target.evaluate((element) => element.outerHTML.slice(0, 200));
}

/**
 * Fails unless the focused element looks different from its unfocused self. Compares computed
 * styles with and without focus, so any visible indicator (outline, shadow, colour) counts.
 */
export async function expectFocusVisible(target: Locator): Promise<void> {
  const difference = await target.evaluate((element, properties) => {
    const html = element as HTMLElement;
    const read = () => {
      const style = getComputedStyle(html);
      return properties.map((property) => style.getPropertyValue(property));
    };
    const focused = read();
    html.blur();
    const unfocused = read();
    html.focus();
    return properties.filter((_, index) => focused[index] !== unfocused[index]);
  }, FOCUS_STYLE_PROPERTIES);
  if (difference.length === 0) {
    throw new Error(`No visible focus indicator on ${await describe(target)}`);
  }
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, and fails if it is never reached (a
 * control a keyboard cannot reach is a bug, not something to click around) or if nothing shows
 * that it has focus.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean } = {},
): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  await target.waitFor({ state: 'visible' });
  for (let presses = 0; presses < MAX_PRESSES; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectFocusVisible(target);
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(
    `Could not reach ${await describe(target)} with ${key} in ${MAX_PRESSES} presses`,
  );
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
