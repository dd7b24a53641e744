import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from '../support/browser';
import { guideSlug } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

describe('printing a guide page', () => {
  it('prints the content alone: no header, navigation, table of contents, pager or footer', async () => {
    const page = await openPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/it/${guideSlug('it', 'warning-signs')}/`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    for (const selector of ['.site-header', '.skip-link', '.guide-contents', '.toc', '.pager', '.site-footer']) {
      expect(await shown(selector), `${selector} in print`).toBe(false);
    }
    expect(await shown('main h1')).toBe(true);
    expect(await shown('main article h2')).toBe(true);
    // The text uses the page's width, not a sidebar column.
    const article = await page.locator('main article').boundingBox();
    expect(article!.width).toBeGreaterThan(500);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });
});
