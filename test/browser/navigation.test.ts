import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from '../support/browser';
import { guideSlug, locales, uiString } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

const pathOf = (url: string) => new URL(url).pathname;

describe('language switcher', () => {
  describe.each(locales)('from %s', (from) => {
    it.each(locales.filter((l) => l !== from))('goes to the same guide page in %s', async (to) => {
      const page = await openPage(browser());
      await page.goto(`${siteUrl}/${from}/${guideSlug(from, 'warning-signs')}/`);
      await page.locator('.language-switcher summary').click();
      await page.locator(`.language-switcher a[hreflang="${to}"]`).click();
      await page.waitForURL(`**/${to}/${guideSlug(to, 'warning-signs')}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(to);
      expect(page.errors).toEqual([]);
      await page.context().close();
    });
  });

  it('keeps the search page and its query-less address', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl}/hu/${uiString('hu', 'search.slug')}/`);
    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="it"]').click();
    await page.waitForURL(`**/it/${uiString('it', 'search.slug')}/`);
    await page.context().close();
  });
});

describe('the root page', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['nl-BE', 'nl'],
    ['hu', 'hu'],
    ['it-CH', 'it'],
  ])('sends a %s browser to /%s/', async (locale, lang) => {
    const page = await openPage(browser(), { locale });
    await page.goto(`${siteUrl}/`);
    await page.waitForURL(`${siteUrl}/${lang}/`);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('sends the reader back to the language they chose before, over the browser language', async () => {
    const page = await openPage(browser(), { locale: 'fr-FR' });
    await page.goto(`${siteUrl}/nl/`);
    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="it"]').click();
    await page.waitForURL(`${siteUrl}/it/`);
    await page.goto(`${siteUrl}/`);
    await page.waitForURL(`${siteUrl}/it/`);
    await page.context().close();
  });

  it('lets a reader whose browser speaks none of the languages choose', async () => {
    const page = await openPage(browser(), { locale: 'en-US' });
    await page.goto(`${siteUrl}/`);
    await page.waitForTimeout(300);
    expect(pathOf(page.url())).toBe('/');
    await page.getByRole('link', { name: /Magyar/ }).click();
    await page.waitForURL(`${siteUrl}/hu/`);
    await page.goto(`${siteUrl}/`);
    await page.waitForURL(`${siteUrl}/hu/`);
    await page.context().close();
  });

  it('still works when storage is blocked', async () => {
    const page = await openPage(browser(), { locale: 'it-IT' });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto(`${siteUrl}/`);
    await page.waitForURL(`${siteUrl}/it/`);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('shows four plain links, each language in its own words, without JavaScript', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false, locale: 'fr-FR' });
    await page.goto(`${siteUrl}/`);
    expect(pathOf(page.url())).toBe('/');
    const links = page.locator('a[hreflang]');
    expect(await links.count()).toBe(locales.length);
    for (const lang of locales) {
      await expect.poll(() => page.locator(`a[hreflang="${lang}"]`).textContent()).toContain(uiString(lang, 'language.name'));
      expect(await page.locator(`li[lang="${lang}"]`).count()).toBe(1);
    }
    await page.context().close();
  });
});

describe('missing pages', () => {
  it('answer in the reader language under its folder', async () => {
    const page = await openPage(browser());
    const response = await page.goto(`${siteUrl}/fr/page-qui-n-existe-pas/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe(uiString('fr', 'notFound.title'));
    await page.context().close();
  });
});
