// Guards the guard: the accessibility check must find a real violation, or a green journey
// would mean nothing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessibilityViolations } from './support/axe.js';
import { launchBrowser } from './support/browser.js';
import { expectFocusVisible, tabTo } from './support/keyboard.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('e2e harness', () => {
  it('finds the violations of a page with an unlabelled field and an image without text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html><head><title>Broken</title></head><body><main>' +
        '<h1>Sign in</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
        '<input type="email"></main></body></html>',
    );
    const ruleIds = (await findAccessibilityViolations(page)).map((violation) => violation.id);
    expect(ruleIds).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label']));
    await context.close();
  });

  it('finds no violation in a small page that follows the rules, also right to left', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="ar" dir="rtl"><head><title>تسجيل الدخول</title></head><body>' +
        '<main><h1>تسجيل الدخول</h1><label for="email">البريد الإلكتروني</label>' +
        '<input id="email" type="email" autocomplete="email"></main></body></html>',
    );
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await context.close();
  });

  it('tells a focus indicator from none', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Focus</title><style>' +
        '#hidden:focus { outline: none; } #shown:focus { outline: 3px solid #fd0; }' +
        '</style></head><body><main><button id="hidden">Hidden</button>' +
        '<button id="shown">Shown</button></main></body></html>',
    );
    await tabTo(page, page.locator('#shown'));
    await page.locator('#hidden').focus();
    await expect(expectFocusVisible(page.locator('#hidden'))).rejects.toThrow(
      /No visible focus indicator/,
    );
    await context.close();
  });
});
