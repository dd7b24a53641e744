import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from '../support/browser';
import { distDir, guideSlug, htmlFiles, locales, urlPathOf } from '../support/site';

const siteUrl = inject('siteUrl');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const browser = useChromium();

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** "Client" in each language: a word on nearly every page, so the results list is long. */
const client: Record<string, string> = { nl: 'klant', hu: 'ügyfél', it: 'cliente', fr: 'client' };

const paths = htmlFiles(distDir).map(urlPathOf);

describe.each(['light', 'dark'] as const)('axe, WCAG 2.2 A and AA, %s scheme', (colorScheme) => {
  // One test per language (and one for the root pages), so each has time to spare as the site grows.
  it.each([...locales, 'root'])(
    'finds nothing on any built page (%s)',
    async (group) => {
      const page = await openPage(browser(), { colorScheme });
      const found: string[] = [];
      for (const path of paths.filter((p) => (group === 'root' ? !locales.some((lang) => p.startsWith(`/${lang}/`)) : p.startsWith(`/${group}/`)))) {
        await page.goto(`${siteUrl}${path}`);
        for (const violation of await violations(page)) found.push(`${path} ${violation}`);
      }
      expect(found).toEqual([]);
      await page.context().close();
    },
    180_000,
  );

  it.each(locales)('finds nothing in the open search with results (%s)', async (lang) => {
    const page = await openPage(browser(), { colorScheme });
    await page.goto(`${siteUrl}/${lang}/${guideSlug(lang, 'faq')}/`);
    await page.keyboard.press('/');
    await page.locator('site-search dialog input').fill(client[lang]!);
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(['.toc', '.language-switcher'])('finds nothing on a phone with %s opened', async (disclosure) => {
    const page = await openPage(browser(), { colorScheme, viewport: { width: 360, height: 740 } });
    await page.goto(`${siteUrl}/fr/${guideSlug('fr', 'warning-signs')}/`);
    await page.locator(`${disclosure} summary`).click();
    expect(await page.locator(`${disclosure} details, details${disclosure}`).getAttribute('open')).toBe('');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
