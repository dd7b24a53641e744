import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import model from '../../content/quiz/model.json';
import { encodeAnswers } from '../../src/quiz/answers-url';
import { quizModelSchema } from '../../src/quiz/model';
import { openPage, useChromium } from '../support/browser';
import { guideSlug, uiString } from '../support/site';

const siteUrl = inject('siteUrl');
/** A complete set of answers ("often" to everything) in the quiz's shareable form. */
const quiz = quizModelSchema.parse(model);
const quizResult = encodeAnswers(quiz, Object.fromEntries(quiz.questions.map((q) => [q.id, 'often'])));
const browser = useChromium();

const interactive = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Numbers every visible interactive element, so the Tab walk can tell which ones it reached. */
async function markInteractive(page: Page): Promise<number> {
  return page.evaluate((selector) => {
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility() && !el.matches(':disabled'));
    elements.forEach((el, i) => (el.dataset.kb = String(i)));
    return elements.length;
  }, interactive);
}

/** Where focus is now, and whether it shows: an outline of 2px or more, or a box shadow. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return {
      kb: el.dataset.kb,
      name: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      visible: outline || style.boxShadow !== 'none',
    };
  });
}

/**
 * Tabs through the whole page once (until focus comes back to where it started) and reports what it
 * could not reach or did not see focused. Islands that wake up on the way add controls; those count too.
 */
async function tabWalk(page: Page) {
  const total = await markInteractive(page);
  const reached = new Set<string>();
  const invisible: string[] = [];
  let first: string | undefined;
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now) continue;
    const key = now.kb ?? now.name;
    if (key === first) break;
    first ??= key;
    if (now.kb !== undefined) reached.add(now.kb);
    if (!now.visible) invisible.push(now.name);
  }
  const missed = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-kb]')].filter((el) => !seen.includes(el.dataset.kb!)).map((el) => el.outerHTML.slice(0, 80)),
    [...reached],
  );
  return { total, missed, invisible };
}

const pages = [
  ['the root language chooser', '/'],
  ['a home page', '/nl/'],
  ['a guide page', `/hu/${guideSlug('hu', 'warning-signs')}/`],
  ['the search page', `/it/${uiString('it', 'search.slug')}/`],
  ['a 404 page', '/fr/404/'],
  ['the checklists page', `/nl/${uiString('nl', 'checklists.slug')}/`],
  // The quiz's controls only exist once its island is live: the walk waits for that.
  ['the quiz page', `/fr/${uiString('fr', 'quiz.slug')}/`, '.quiz.is-live'],
  ['a quiz result', `/it/${uiString('it', 'quiz.slug')}/?a=${quizResult}`, '.quiz-result'],
  ['the letters page', `/fr/${uiString('fr', 'letters.slug')}/?letter=written-confirmation`, 'letter-writer-island[data-awake]'],
] as const satisfies readonly (readonly [string, string, string?])[];

describe.each([
  ['phone', 390],
  ['desktop', 1280],
] as const)('keyboard on a %s', (_device, width) => {
  it.each(pages)('reaches every control of %s with a visible focus', async (_name, path, ready?: string) => {
    const page = await openPage(browser(), { viewport: { width, height: 900 }, locale: 'en-US' });
    await page.goto(`${siteUrl}${path}`);
    if (ready) await page.locator(ready).waitFor();
    const { total, missed, invisible } = await tabWalk(page);
    expect(total).toBeGreaterThan(3);
    expect(missed).toEqual([]);
    expect(invisible).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard-only use', () => {
  it('skips to the content', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl}/fr/${guideSlug('fr', 'ending-it')}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(uiString('fr', 'skip.toContent'));
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#content');
    await page.context().close();
  });

  it('opens the language list, reaches its links and closes it with Escape', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl}/it/`);
    await page.locator('.language-switcher summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))).toBe('fr');
    await page.keyboard.press('Escape');
    expect(await page.locator('.language-switcher').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.context().close();
  });

  it('opens search from the header link with Enter and Space, and returns focus on Escape', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl}/nl/`);
    const trigger = page.locator('site-search a');
    for (const key of ['Enter', ' ']) {
      await trigger.focus();
      await page.keyboard.press(key);
      const dialog = page.locator('site-search dialog');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.closest('site-search') !== null)).toBe(true);
    }
    await page.context().close();
  });
});
