// WCAG 1.4.10 (reflow): at 320 CSS pixels wide, as on a phone or at 400% zoom, a page must not
// scroll sideways. Wide tables may scroll inside their own region; the page itself may not.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** How far the page scrolls sideways now, in CSS pixels. */
function measureOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * Narrows the viewport to 320px and records a soft failure if the page still scrolls sideways
 * once charts and other resize observers have had a moment to redraw.
 */
export async function expectReflow(page: Page, where: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  let overflow = await measureOverflow(page);
  for (let tries = 0; overflow > 0 && tries < 20; tries += 1) {
    await page.waitForTimeout(100);
    overflow = await measureOverflow(page);
  }
  expect.soft(overflow, `${where}: the page scrolls sideways by ${overflow}px at 320px`).toBe(0);
  if (viewport) await page.setViewportSize(viewport);
}
