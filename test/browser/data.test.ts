import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from '../support/browser';
import { badBackups, readerData, siteStorageInPage } from '../support/reader-data';
import { locales, uiString } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

const dataUrl = (lang: string) => `${siteUrl}/${lang}/${uiString(lang, 'data.slug')}/`;

const siteStorage = (page: Page) => page.evaluate(siteStorageInPage);

async function openWithData(page: Page, lang: string) {
  await page.goto(dataUrl(lang));
  await page.evaluate((data) => {
    for (const [key, value] of Object.entries(data)) localStorage.setItem(key, value);
  }, readerData);
  await page.reload();
  await page.locator('data-page-island[data-awake]').waitFor({ state: 'attached' });
}

const upload = (page: Page, name: string, text: string) =>
  page.setInputFiles('#data-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('your data', () => {
  it.each(locales)('in %s lists what each tool keeps, per client, as text', async (lang) => {
    const page = await openPage(browser());
    await openWithData(page, lang);
    const client = page.locator('.data-stored .data-client[data-client="acme"]');
    expect(await client.locator('h3').textContent()).toBe('Acme <img src=x onerror=alert(1)>');
    expect(await client.locator('li').count()).toBe(3); // a checklist, when ticks changed, the quiz results
    expect(await page.locator('.data-stored img').count()).toBe(0);
    expect(await page.locator('.data-stored').innerText()).toContain(uiString(lang, 'data.letterDraft'));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('survives export, clearing the site data and import: every tool gets its data back', async () => {
    const page = await openPage(browser(), { acceptDownloads: true });
    await openWithData(page, 'nl');
    const before = await siteStorage(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.data-download')]);
    expect(download.suggestedFilename()).toMatch(/^client-exit-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = readFileSync((await download.path())!, 'utf8');

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('data-page-island[data-awake]').waitFor({ state: 'attached' });
    expect(await page.locator('.data-stored').innerText()).toBe(uiString('nl', 'data.stored.empty'));

    await upload(page, 'backup.json', backup);
    await page.locator('.data-preview').waitFor();
    expect(await page.locator('.data-preview-list .data-client h3').first().textContent()).toBe('Acme <img src=x onerror=alert(1)>');
    expect(await siteStorage(page)).toEqual({}); // a preview changes nothing
    await page.click('.data-replace');
    expect(await page.locator('.data-status').textContent()).toBe(uiString('nl', 'data.restore.done'));
    expect(await siteStorage(page)).toEqual(before);

    // Each tool reads its data back.
    await page.goto(`${siteUrl}/nl/${uiString('nl', 'letters.slug')}/`);
    await page.locator('letter-writer-island[data-awake]').waitFor({ state: 'attached' });
    expect(await page.inputValue('#letter-senderName')).toBe('Eva Kovács');
    expect(await page.inputValue('#letter-country')).toBe('be');
    await page.goto(`${siteUrl}/nl/${uiString('nl', 'invoices.slug')}/`);
    await page.locator('payment-ladder-island[data-awake]').waitFor({ state: 'attached' });
    expect(await page.inputValue('#ladder-senderName')).toBe('Eva Kovács');
    await page.goto(`${siteUrl}/nl/${uiString('nl', 'checklists.slug')}/`);
    await expect.poll(() => page.locator('li[data-item="cool-off"] input:checked').count()).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('refuses each bad file with a clear message, and changes nothing', async () => {
    const page = await openPage(browser());
    await openWithData(page, 'fr');
    const before = await siteStorage(page);
    for (const [text, problem] of badBackups) {
      await upload(page, 'bad.json', text);
      const expected = uiString('fr', `data.problem.${problem}`).split('{')[0]!.trim();
      await expect.poll(() => page.locator('.data-problem').textContent(), { message: problem }).toContain(expected);
      expect(await page.locator('.data-preview').isHidden()).toBe(true);
      expect(await siteStorage(page)).toEqual(before);
    }
    expect(await page.locator('.data-problem').textContent()).toContain(uiString('fr', 'data.part.clients'));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('deletes one client after asking, and everything after asking again; cancelling keeps it', async () => {
    const page = await openPage(browser());
    await openWithData(page, 'it');
    const client = page.locator('.data-stored .data-client[data-client="acme"]');
    await client.locator('.data-delete').click();
    expect(await page.locator('dialog.data-confirm').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await client.count()).toBe(1);
    await client.locator('.data-delete').click();
    await page.click('dialog.data-confirm button[value="yes"]');
    await expect.poll(() => client.count()).toBe(0);
    const kept = await siteStorage(page);
    expect(JSON.parse(kept['client-exit:checklists']!).ticked).toEqual({});
    expect(kept['client-exit:letter-draft']).toBeTruthy(); // drafts are not per client

    await page.click('.data-delete-all');
    await page.click('dialog.data-confirm button[value="yes"]');
    await expect.poll(() => siteStorage(page)).toEqual({});
    expect(await page.locator('.data-stored').innerText()).toBe(uiString('it', 'data.stored.empty'));
    await page.context().close();
  });

  it('shows a change made in another tab', async () => {
    const page = await openPage(browser());
    await openWithData(page, 'hu');
    const other = await page.context().newPage();
    await other.goto(dataUrl('hu'));
    await other.evaluate(() => localStorage.removeItem('client-exit:quiz-history'));
    await expect.poll(() => page.locator('.data-client[data-client="acme"] li').count()).toBe(2);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('passes axe with data, a preview and a problem shown (%s)', async (scheme) => {
    const page = await openPage(browser(), { colorScheme: scheme });
    await openWithData(page, 'nl');
    await upload(page, 'junk.json', 'junk');
    await page.locator('.data-problem:not(:empty)').waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.context().close();
  });
});
