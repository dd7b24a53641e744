import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from '../support/browser';
import { distDir, htmlFiles, urlPathOf } from '../support/site';

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
});
