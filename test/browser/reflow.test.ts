import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from '../support/browser';
import quiz from '../../content/quiz/model.json';
import { distDir, htmlFiles, locales, uiString, urlPathOf } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

describe('reflow (WCAG 1.4.10)', () => {
  it('no page scrolls sideways on a 320 px wide screen', async () => {
    const page = await openPage(browser(), { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of htmlFiles(distDir).map(urlPathOf)) {
      await page.goto(`${siteUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path} is ${width} px wide`);
    }
    expect(wide).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('no quiz question or result scrolls sideways on a 320 px wide screen', async () => {
    const page = await openPage(browser(), { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    // Every answer "often": the longest result, with its letter and share link.
    const result = `1.${'2'.repeat(quiz.questions.length)}`;
    for (const lang of locales) {
      const path = `/${lang}/${uiString(lang, 'quiz.slug')}/`;
      // One answer given: the second question shows.
      for (const view of [`${path}?a=1.0${'-'.repeat(quiz.questions.length - 1)}`, `${path}?a=${result}`]) {
        await page.goto(`${siteUrl}${view}`);
        await page.locator('.quiz.is-live').waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`${view} is ${width} px wide`);
      }
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });
});
