// Answers questions the way a keyboard user does: Tab into a control, arrow keys through radio
// groups, Space for checkboxes, typing into text fields. Long section pages need more presses
// than the shared `tabTo`, so these walk further but still fail on a control nobody can reach.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const MAX_PRESSES = 300;

// As in ../keyboard.ts: the focused look must differ from the unfocused one in one of these.
const FOCUS_STYLE_PROPERTIES = [
  'outline-style',
  'outline-width',
  'outline-color',
  'box-shadow',
  'background-color',
  'border-color',
  'color',
  'text-decoration-line',
];

/**
 * In one step inside the page (so no re-render can come between): is `target` focused, and does
 * it look different from its unfocused self? 'moved' means the page took the focus elsewhere.
 */
async function readFocus(target: Locator): Promise<'shown' | 'invisible' | 'moved'> {
  return target.evaluate((element, properties) => {
    if (element !== document.activeElement) return 'moved';
    const html = element as HTMLElement;
    const read = () => properties.map((name) => getComputedStyle(html).getPropertyValue(name));
    const focused = read();
    html.blur();
    const unfocused = read();
    html.focus();
    return focused.some((value, index) => value !== unfocused[index]) ? 'shown' : 'invisible';
  }, FOCUS_STYLE_PROPERTIES);
}

async function expectFocusShown(target: Locator): Promise<boolean> {
  const state = await readFocus(target);
  if (state === 'invisible') {
    throw new Error(
      `No visible focus indicator on ${await target.evaluate((e) => e.outerHTML.slice(0, 160))}`,
    );
  }
  return state === 'shown';
}

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
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await reachByTab(page, target, options);
    if (await expectFocusShown(target)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error('The focus kept moving away from the control');
}

/**
 * Tabs into a radio group and moves with the arrow keys until `option` is chosen. If the page
 * takes the focus away meanwhile (a save landing can re-render the form), it starts again from
 * wherever the focus went, as a keyboard user would have to.
 */
export async function chooseRadio(page: Page, group: Locator, option: string): Promise<void> {
  const target = group.getByRole('radio', { name: option, exact: true });
  for (let attempt = 0; attempt < 3 && !(await target.isChecked()); attempt += 1) {
    await reachByTab(page, group);
    const count = await group.getByRole('radio').count();
    for (let presses = 0; presses <= count; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) {
        if ((await expectFocusShown(target)) && !(await target.isChecked())) {
          await page.keyboard.press('Space');
        }
        break;
      }
      if (!(await holdsFocus(group))) break;
      await page.keyboard.press('ArrowDown');
    }
  }
  expect(await target.isChecked(), `${option} should be chosen`).toBe(true);
}

/** Tabs to a text field, clears it and types the answer (again if the focus was taken away). */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  for (let attempt = 0; attempt < 3 && (await field.inputValue()) !== text; attempt += 1) {
    await reachByTab(page, field);
    if (!(await expectFocusShown(field))) continue;
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(text);
  }
  expect(await field.inputValue()).toBe(text);
}

/** Waits until the section's autosave has sent everything typed so far. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('main').innerText(), { timeout: 20_000 })
    .toMatch(/All changes saved at/);
  await expect.poll(() => page.getByText('Saving…').count(), { timeout: 20_000 }).toBe(0);
}
