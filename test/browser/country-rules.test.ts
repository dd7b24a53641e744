import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { CountryFile, LawText } from '../../src/law/data';
import { openPage, useChromium } from '../support/browser';
import { guideSlug, uiString } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

const json = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const country = (code: string) => json<CountryFile>(`content/law/countries/${code}.json`);
const words = (lang: string) => json<LawText>(`content/law/text/${lang}.json`);
const aside = (page: Page) => page.locator('country-rules');

/** Opens a guide page with the reader's country stored, and scrolls to its rules (which wakes them). */
async function openWith(page: Page, lang: string, pageId: string, stored: string | null, query = '') {
  await page.addInitScript(
    (value) => {
      if (value) localStorage.setItem('client-exit:country', value);
    },
    stored && JSON.stringify(stored),
  );
  await page.goto(`${siteUrl}/${lang}/${guideSlug(lang, pageId)}/${query}`);
  await aside(page).scrollIntoViewIfNeeded();
}

describe("a guide page's rules of the reader's country", () => {
  it.each([
    ['nl', 'ending-it', 'notice', 'it'],
    ['fr', 'save-it-first', 'latePayment', 'be'],
    ['hu', 'handover', 'handover', 'fr'],
    ['it', 'handover', 'handover', 'eu'],
  ] as const)('%s %s shows the %s rules of the stored country (%s), each with its source', async (lang, pageId, topic, code) => {
    const page = await openPage(browser());
    await openWith(page, lang, pageId, code);
    await expect.poll(() => aside(page).getAttribute('data-country')).toBe(code);
    expect(await aside(page).locator('.country-rules-title').innerText()).toBe(words(lang).countries[code]!.title);
    const facts = country(code).guide[topic] ?? [];
    expect(
      await aside(page)
        .locator('.legal-fact')
        .evaluateAll((items) => items.map((item) => item.id)),
    ).toEqual(facts);
    // Where no rule on the topic is confirmed for that country, the aside says so.
    if (!facts.length) expect(await aside(page).locator('aside > p').last().innerText()).toBe(uiString(lang, 'law.noGuideRule'));
    for (const id of facts) {
      const fact = country(code).facts.find((f) => f.id === id)!;
      const item = aside(page).locator(`[id="${id}"]`);
      expect(await item.locator('p').first().innerText()).toBe(words(lang).facts[id]);
      expect(await item.locator('.legal-source a').getAttribute('href')).toBe(fact.source);
    }
    const axe = await new AxeBuilder({ page }).include('country-rules').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it("keeps the page's own country for its readers, a link's ?country= wins, and junk or a failed fetch changes nothing", async () => {
    const page = await openPage(browser());
    await openWith(page, 'nl', 'ending-it', null);
    await page.waitForTimeout(300);
    expect(await aside(page).getAttribute('data-country')).toBe('nl');

    await openWith(page, 'nl', 'ending-it', 'be', '?country=hu');
    await expect.poll(() => aside(page).getAttribute('data-country')).toBe('hu');

    const junk = await openPage(browser());
    await junk.addInitScript(() => localStorage.setItem('client-exit:country', '{"<img src=x onerror=alert(1)>"'));
    await junk.goto(`${siteUrl}/it/${guideSlug('it', 'ending-it')}/?country=%3Cscript%3E`);
    await aside(junk).scrollIntoViewIfNeeded();
    await junk.waitForTimeout(300);
    expect(await aside(junk).getAttribute('data-country')).toBe('it');

    const offline = await openPage(browser());
    await offline.route('**/country-rules.json', (route) => route.abort());
    await openWith(offline, 'fr', 'ending-it', 'nl');
    await offline.waitForTimeout(500);
    expect(await aside(offline).getAttribute('data-country')).toBe('fr');
    expect(await aside(offline).locator('.legal-fact').count()).toBe((country('fr').guide.notice ?? []).length);
    for (const p of [page, junk, offline]) await p.context().close();
  });
});
