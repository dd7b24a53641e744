import { describe, expect, inject, it } from 'vitest';
import quiz from '../../content/quiz/model.json';
import { openPage, useChromium } from '../support/browser';
import { guideSlug, locales, uiString } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

describe('content security policy and privacy', () => {
  it.each(locales)(
    'every page type and interaction in %s runs without a CSP violation, a console error or a request to another host',
    async (lang) => {
      const page = await openPage(browser());
      const violations: string[] = [];
      const foreign: string[] = [];
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { reportViolation(t: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
      });
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== siteUrl && !request.url().startsWith('data:')) foreign.push(request.url());
      });

      await page.goto(`${siteUrl}/`);
      await page.goto(`${siteUrl}/${lang}/`);
      await page.goto(`${siteUrl}/${lang}/${guideSlug(lang, 'handover')}/`);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toMatch(/script-src 'self'/);

      await page.keyboard.press('/');
      await page.locator('site-search dialog input').fill(uiString(lang, 'checklists.title').split(' ')[0]!.slice(0, 5));
      await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Escape');

      const list = page.locator('[data-checklist="handover-and-after"]');
      await list.scrollIntoViewIfNeeded();
      await list.locator('input').first().check();

      await page.locator('.language-switcher summary').click();
      await page.locator(`.language-switcher a[hreflang="${lang === 'nl' ? 'fr' : 'nl'}"]`).click();
      await page.waitForLoadState('networkidle');

      await page.goto(`${siteUrl}/${lang}/${uiString(lang, 'checklists.slug')}/`);
      await page.locator('.client-manager').waitFor();
      await page.getByRole('button', { name: uiString(lang, 'clients.add') }).click();
      await page.getByLabel(uiString(lang, 'clients.nameLabel')).fill('Test');
      await page.getByRole('button', { name: uiString(lang, 'clients.save') }).click();

      await page.goto(`${siteUrl}/${lang}/${uiString(lang, 'quiz.slug')}/`);
      await page.getByRole('button', { name: uiString(lang, 'quiz.start') }).click();
      await page.locator('.quiz-step input[type="radio"]').first().check();
      await page.locator('.quiz-nav button[type="submit"]').click();
      await page.goBack();
      await page.locator('.quiz-step input:checked').waitFor();
      await page.goto(`${siteUrl}/${lang}/${uiString(lang, 'quiz.slug')}/?a=1.${'2'.repeat(quiz.questions.length)}`);
      await page.getByRole('button', { name: uiString(lang, 'quiz.share.copy') }).click();
      await page.locator('.quiz-copied:not(:empty)').waitFor();

      // The letters: another language's templates load on demand, the mail link and download stay local.
      await page.goto(`${siteUrl}/${lang}/${uiString(lang, 'letters.slug')}/?letter=payment-problems`);
      await page.locator('letter-writer-island[data-awake]').waitFor({ state: 'attached' });
      await page.locator('.letter-form [name="senderName"]').fill('Test');
      await page.locator('.letter-form [name="lang"]').selectOption(lang === 'nl' ? 'hu' : 'nl');
      await page.locator(`.letter-paper[lang="${lang === 'nl' ? 'hu' : 'nl'}"]`).waitFor();
      await page.getByRole('button', { name: uiString(lang, 'letters.download') }).click();

      await page.goto(`${siteUrl}/${lang}/${uiString(lang, 'search.slug')}/?q=a`);
      await page.locator('search-page input').waitFor();
      await page.goto(`${siteUrl}/${lang}/404/`);
      await page.waitForLoadState('networkidle');

      expect(violations).toEqual([]);
      expect(missing).toEqual([]);
      expect(page.errors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    },
  );
});
