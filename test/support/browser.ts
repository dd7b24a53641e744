import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium without the sandbox (root in CI), the GPU, or anything that would reach another host. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Debian's Chromium, driven by playwright-core. Browser tests never skip: without a browser they fail
 * and say how to get one.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with "apt-get install chromium" (Debian/Ubuntu), ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
}

/**
 * A fresh page that collects console errors and uncaught exceptions, which every test can assert on.
 * Service workers are blocked unless a test asks for them (test/browser/offline.test.ts does): a worker
 * would precache a whole language in every test's context, and serve later loads from that cache.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page & { errors: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = (await context.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
}

/** One Chromium for the test file that calls this: launched before its tests, closed after them. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call the getter inside a test');
    return browser;
  };
}

/**
 * Holds back the requests matching `url` until the returned function is called: the page stays in the
 * state a slow connection would show, for as long as a test needs to look at it.
 */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
