import { describe, expect, inject, it } from 'vitest';
import quiz from '../../content/quiz/model.json';
import { holdRequests, openPage, useChromium } from '../support/browser';
import { distDir, guideSlug, htmlFiles, locales, readHtml, uiString, urlPathOf } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

const guidePaths = (lang: string) =>
  htmlFiles(distDir)
    .filter((file) => file.startsWith(`${lang}/`) && readHtml(distDir, file).includes('<article class="prose'))
    .map(urlPathOf);

describe.each(locales)('without JavaScript, in %s', (lang) => {
  it('every guide page reads completely: all its sections and checklist items are there and visible', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    const paths = guidePaths(lang);
    expect(paths.length).toBe(8);
    for (const path of paths) {
      await page.goto(`${siteUrl}${path}`);
      const sections = await page.locator('main article h2').count();
      expect(sections, path).toBeGreaterThanOrEqual(4);
      expect(await page.locator('main article h2:visible').count(), path).toBe(sections);
      expect((await page.locator('main article').innerText()).length, path).toBeGreaterThan(2000);
      for (const item of await page.locator('.checklist-items li').all()) expect(await item.isVisible(), path).toBe(true);
    }
    await page.context().close();
  });

  it('the quiz page lists every question with its answers and says scoring needs JavaScript', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl}/${lang}/${uiString(lang, 'quiz.slug')}/`);
    expect(await page.getByText(uiString(lang, 'quiz.noscript')).isVisible()).toBe(true);
    const questions = page.locator('.quiz-list > li');
    expect(await questions.count()).toBe(quiz.questions.length);
    for (const question of await questions.all()) {
      expect(await question.isVisible()).toBe(true);
      expect(await question.locator('.quiz-list-scale li').count()).toBe(quiz.scale.length);
    }
    await page.context().close();
  });

  it('the search page says search needs JavaScript and offers the contents instead', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl}/${lang}/${uiString(lang, 'search.slug')}/`);
    expect(await page.getByText(uiString(lang, 'search.needsJs')).isVisible()).toBe(true);
    expect(await page.locator('.guide-contents a').count()).toBe(8);
    await page.context().close();
  });
});

describe('with JavaScript, before a tool has loaded', () => {
  it.each([
    ['the quiz page', () => `/it/${uiString('it', 'quiz.slug')}/`, '**/_astro/_quiz_*.js', uiString('it', 'quiz.noscript')],
    ['the letters page', () => `/hu/${uiString('hu', 'letters.slug')}/`, '**/_astro/_letters_*.js', uiString('hu', 'letters.noscript')],
    [
      'a guide page with a checklist',
      () => `/fr/${guideSlug('fr', 'handover')}/`,
      '**/_astro/hydrate-checklist.*.js',
      uiString('fr', 'checklists.noscript'),
    ],
  ])('%s does not tell the reader that JavaScript is needed', async (_name, path, script, note) => {
    const page = await openPage(browser());
    await holdRequests(page, script);
    await page.goto(`${siteUrl}${path()}`);
    const shown = page.getByText(note).first();
    await shown.evaluate((el) => el.scrollIntoView()); // a checklist wakes when scrolled to
    // Still there, as the tool's script is held back, but not shown: its place waits for the tool.
    expect(await page.getByText(note).count()).toBeGreaterThan(0);
    expect(await shown.isVisible()).toBe(false);
    await page.context().close();
  });
});
