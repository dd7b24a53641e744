import { afterAll, beforeAll, inject } from 'vitest';

/**
 * The one surface the cross-engine flows use: a page in a real browser, driven by real input. Chromium
 * and Firefox are driven by puppeteer-core (Chromium over CDP, Firefox over WebDriver BiDi), WebKit by
 * W3C WebDriver (WebKitWebDriver driving MiniBrowser). A flow is written once against this interface
 * and runs in each engine (test/engines/<engine>.test.ts).
 */
export interface EnginePage {
  readonly engine: EngineName;
  /** Opens a path of the site under test and waits for its load event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<URL>;
  /** Runs a function in the page (serialised: it may use only its arguments and the page's globals). */
  run<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>>;
  /** A real click on the first element matching a CSS selector, scrolled into view first. */
  click(selector: string): Promise<void>;
  /** Clears a text field and types into it, key by key. */
  fill(selector: string, text: string): Promise<void>;
  /** Presses one key on whatever has focus. */
  press(key: Key): Promise<void>;
  /** Picks an option of a <select> by its value. */
  choose(selector: string, value: string): Promise<void>;
  close(): Promise<void>;
}

export type Key = 'Escape' | 'Enter' | 'Tab' | '/';
export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface Engine {
  readonly name: EngineName;
  /** A page in a fresh profile: nothing stored from another page's test. */
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

export const engineNames: EngineName[] = ['chromium', 'firefox', 'webkit'];

/** Where each engine comes from, and how to get it when it is missing. Never a test tool's own download. */
export const engineBinaries: Record<EngineName, { path: string; env: string; install: string }> = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', env: 'CHROMIUM_PATH', install: 'apt-get install chromium' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', env: 'FIREFOX_PATH', install: 'apt-get install firefox-esr' },
  webkit: {
    path: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
    env: 'WEBKIT_DRIVER_PATH',
    install: 'apt-get install webkit2gtk-driver xvfb',
  },
};

export function missingEngine(name: EngineName, what = engineBinaries[name].path): Error {
  const { env, install } = engineBinaries[name];
  return new Error(`${name} cannot be started: ${what} not found. Install it with "${install}" (Debian/Ubuntu), or set ${env}.`);
}

async function launch(name: EngineName): Promise<Engine> {
  if (name === 'webkit') return (await import('./webkit')).launchWebKit();
  return (await import('./puppeteer')).launchPuppeteer(name);
}

/** The site under test, served with the problem collector (see global-setup.ts). */
export const siteUrl = (): string => inject('engineSiteUrl');

/** One engine for the test file that calls this: launched before its tests, closed after them. */
export function useEngine(name: EngineName): () => Engine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await launch(name);
  });
  afterAll(async () => {
    await engine?.close();
  });
  return () => {
    if (!engine) throw new Error(`${name} is not running: call the getter inside a test`);
    return engine;
  };
}

type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/**
 * Polls `fn` in the page until it returns something truthy, and returns that; fails naming `what` after
 * 10 s. Return plain values, not elements: engines serialise a DOM node differently (BiDi gives undefined).
 */
export async function until<A extends unknown[], T>(
  page: EnginePage,
  what: string,
  fn: (...args: A) => T | Promise<T>,
  ...args: A
): Promise<Truthy<Awaited<T>>> {
  const deadline = Date.now() + 10_000;
  let last: unknown;
  for (;;) {
    try {
      const value = await page.run(fn, ...args);
      if (value) return value as Truthy<Awaited<T>>;
      last = value;
    } catch (error) {
      // A navigation can tear down the page's context mid-call; try again until the deadline.
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${page.engine}: timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs a user action until the element lets it through (exists, is visible, is not covered or busy
 * re-rendering), for up to 5 s, as a reader would try again: engines refuse an action on an element
 * that is not interactable yet instead of waiting for it.
 */
export async function whenActionable<T>(engine: EngineName, what: string, act: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      return await act();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${engine}: could not ${what}: ${(error as Error).message}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Waits for an element matching `selector` to exist (and, with `visible`, to have a box). */
export const waitFor = (page: EnginePage, selector: string, visible = false) =>
  until(
    page,
    selector,
    (s, v) => {
      const element = document.querySelector(s);
      return !!element && (!v || element.getClientRects().length > 0);
    },
    selector,
    visible,
  );

/** The text of the first element matching `selector` ('' when there is none). */
export const textOf = (page: EnginePage, selector: string) => page.run((s) => document.querySelector(s)?.textContent ?? '', selector);

/** Problems the page reported since it opened: errors, failed loads, console errors and CSP violations. */
export const problems = (page: EnginePage) => page.run(() => JSON.parse(sessionStorage.getItem('engine-test-problems') ?? '[]') as string[]);
