// Debian's Chromium driven by playwright-core: no browser is ever downloaded.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The background-networking flags stop Chromium calling home on a machine with no network.
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/**
 * A fresh browser profile (its own cookies), as if a different person opened the app.
 * The viewport is a small laptop: officials often work on old ones.
 */
export async function openContext(
  browser: Browser,
  baseUrl: string,
  options: { locale?: string } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    // The browser's language, which the app follows until a person chooses one.
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  context.setDefaultTimeout(15_000);
  return context;
}
