import { describe, expect, inject, it } from 'vitest';
import { holdRequests, openPage, useChromium } from '../support/browser';
import { guideSlug, locales, uiString } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

/** A word each language's guide uses on several pages ("invoice"). */
const invoice: Record<string, string> = { nl: 'factuur', hu: 'számla', it: 'fattura', fr: 'facture' };

describe.each(locales)('search in %s', (lang) => {
  it('loads nothing until opened, then finds guide pages in this language only', async () => {
    const page = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl}/${lang}/${guideSlug(lang, 'introduction')}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);

    await page.keyboard.press('/');
    const dialog = page.locator('site-search dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    const input = dialog.locator('input');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    // Pagefind's UI speaks the page's language: its placeholder is not the English default.
    expect(await input.getAttribute('placeholder')).not.toBe('Search');
    await input.fill(invoice[lang]!);

    const results = dialog.locator('.pagefind-ui__result-link');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const href of hrefs) expect(href.startsWith(`/${lang}/`), `${href} is not in /${lang}/`).toBe(true);
    expect(requests.some((path) => path.endsWith('/pagefind/pagefind-ui.js'))).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('opens from the header link with a click, and the search page reads ?q=', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl}/${lang}/`);
    await page.locator('site-search a').click();
    await expect.poll(() => page.locator('site-search dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/`);

    const searchPage = `${siteUrl}/${lang}/${uiString(lang, 'search.slug')}/`;
    await page.goto(`${searchPage}?q=${encodeURIComponent(invoice[lang]!)}`);
    const input = page.locator('search-page input');
    await expect.poll(() => input.inputValue()).toBe(invoice[lang]);
    await expect.poll(() => page.locator('search-page .pagefind-ui__result-link').count(), { timeout: 10_000 }).toBeGreaterThan(1);

    await input.fill('');
    await input.pressSequentially(invoice[lang]!.slice(0, 5));
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(invoice[lang]!.slice(0, 5));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('the search page while Pagefind loads', () => {
  it('says search is loading, not that it needs JavaScript', async () => {
    const page = await openPage(browser());
    // Hold Pagefind's UI back, so the page stays in the state a slow connection would show.
    await holdRequests(page, '**/pagefind/pagefind-ui.js');
    await page.goto(`${siteUrl}/fr/${uiString('fr', 'search.slug')}/`);
    expect(await page.locator('search-page').getByText(uiString('fr', 'search.loading')).isVisible()).toBe(true);
    expect(await page.locator('search-page').getByText(uiString('fr', 'search.needsJs')).isVisible()).toBe(false);
    await page.context().close();
  });

  it.each([
    ['focuses the search box once it is ready', false],
    ['leaves focus where the reader moved it before the box was ready', true],
  ])('%s', async (_name, tabbedFirst) => {
    const page = await openPage(browser());
    const release = await holdRequests(page, '**/pagefind/pagefind-ui.js');
    await page.goto(`${siteUrl}/nl/${uiString('nl', 'search.slug')}/`);
    if (tabbedFirst) await page.keyboard.press('Tab');
    const before = await page.evaluate(() => document.activeElement?.outerHTML);
    release();
    const input = page.locator('search-page input');
    await input.waitFor();
    if (tabbedFirst) expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
    else await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('search without JavaScript', () => {
  it('sends the header link to the search page, which says why it cannot search', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl}/it/`);
    await page.locator('site-search a').click();
    await page.waitForURL(`**/it/${uiString('it', 'search.slug')}/`);
    expect(await page.getByText(uiString('it', 'search.needsJs')).isVisible()).toBe(true);
    expect(await page.locator('search-page').getByText(uiString('it', 'search.loading')).isVisible()).toBe(false);
    await page.context().close();
  });
});
