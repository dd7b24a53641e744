import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { chromiumFlags } from '../support/browser';
import { engineBinaries, missingEngine, siteUrl, whenActionable, type Engine, type EnginePage } from './driver';

/** Debian's Chromium (over CDP) or Firefox ESR (over WebDriver BiDi, no geckodriver needed), through puppeteer-core. */
export async function launchPuppeteer(name: 'chromium' | 'firefox'): Promise<Engine> {
  const { path } = engineBinaries[name];
  if (!existsSync(path)) throw missingEngine(name);
  const browser: Browser = await puppeteer.launch(
    name === 'chromium'
      ? { browser: 'chrome', executablePath: path, headless: true, args: chromiumFlags }
      : { browser: 'firefox', executablePath: path, headless: true },
  );
  return {
    name,
    async newPage() {
      // A browser context is a fresh profile (a BiDi user context in Firefox): no storage from other tests.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      return pageOf(name, page, () => context.close());
    },
    close: () => browser.close(),
  };
}

function pageOf(engine: 'chromium' | 'firefox', page: Page, close: () => Promise<void>): EnginePage {
  return {
    engine,
    async goto(path) {
      await page.goto(new URL(path, siteUrl()).href, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    url: async () => new URL(page.url()),
    run: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => unknown, ...args) as never,
    click: (selector) => whenActionable(engine, `click ${selector}`, () => page.click(selector)),
    fill: (selector, text) =>
      whenActionable(engine, `type into ${selector}`, async () => {
        await page.$eval(selector, (field) => ((field as HTMLInputElement).value = ''));
        await page.type(selector, text);
      }),
    async press(key) {
      await page.keyboard.press(key as KeyInput);
    },
    choose: (selector, value) => whenActionable(engine, `choose ${value} in ${selector}`, () => page.select(selector, value).then(() => undefined)),
    close,
  };
}
