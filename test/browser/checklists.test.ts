import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { holdRequests, openPage, useChromium } from '../support/browser';
import { guideSlug, uiString } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

const checklistsUrl = (lang: string) => `${siteUrl}/${lang}/${uiString(lang, 'checklists.slug')}/`;
/** An item's checkbox; scrolling to the item first wakes its list (islands hydrate when visible). */
async function box(page: Page, item: string) {
  const row = page.locator(`li[data-item="${item}"]`).first();
  await row.scrollIntoViewIfNeeded();
  return row.locator('input');
}
const list = (page: Page, id: string) => page.locator(`[data-checklist="${id}"]`);

async function live(page: Page) {
  await page.locator('.checklist.is-live').first().waitFor();
  // The client manager is on the page from the start; its controls are enabled once it is live.
  await page.locator('.client-manager select:enabled').waitFor();
}

describe('checklists', () => {
  it('remember ticks across a reload, a change of language and the guide page', async () => {
    const page = await openPage(browser());
    await page.goto(checklistsUrl('nl'));
    await live(page);
    await (await box(page, 'cool-off')).check();
    await (await box(page, 'read-the-contract')).check();
    await expect.poll(() => list(page, 'before-you-decide').locator('[role="status"]').textContent()).toContain('2');

    await page.reload();
    await live(page);
    expect(await (await box(page, 'cool-off')).isChecked()).toBe(true);

    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="fr"]').click();
    await page.waitForURL(checklistsUrl('fr'));
    await live(page);
    expect(await (await box(page, 'cool-off')).isChecked()).toBe(true);
    expect(await (await box(page, 'read-the-contract')).isChecked()).toBe(true);
    expect(await (await box(page, 'weigh-income')).isChecked()).toBe(false);

    await page.goto(`${siteUrl}/fr/${guideSlug('fr', 'before-you-decide')}/`);
    await list(page, 'before-you-decide').scrollIntoViewIfNeeded();
    await list(page, 'before-you-decide').locator('input').first().waitFor();
    expect(await (await box(page, 'cool-off')).isChecked()).toBe(true);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('reset one list only after the reader confirms', async () => {
    const page = await openPage(browser());
    await page.goto(checklistsUrl('it'));
    await live(page);
    await (await box(page, 'cool-off')).check();
    await (await box(page, 'return-files')).check();
    const before = list(page, 'before-you-decide');
    await before.getByRole('button', { name: uiString('it', 'checklists.reset') }).click();
    const dialog = before.locator('dialog');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await dialog.getByRole('button', { name: uiString('it', 'common.cancel') }).click();
    expect(await (await box(page, 'cool-off')).isChecked()).toBe(true);

    await before.getByRole('button', { name: uiString('it', 'checklists.reset') }).click();
    await dialog.getByRole('button', { name: uiString('it', 'checklists.resetYes') }).click();
    expect(await (await box(page, 'cool-off')).isChecked()).toBe(false);
    expect(await (await box(page, 'return-files')).isChecked()).toBe(true);
    await page.context().close();
  });

  it('keep a separate list per client, and show any name as plain text', async () => {
    const page = await openPage(browser());
    await page.goto(checklistsUrl('hu'));
    await live(page);
    await (await box(page, 'rehearse')).check();

    const hostile = '<img src=x onerror="window.hacked=1"> Kovács & Fia "Kft"';
    await page.getByRole('button', { name: uiString('hu', 'clients.add') }).click();
    await page.getByRole('button', { name: uiString('hu', 'clients.save') }).click();
    expect(await page.locator('[role="alert"]').textContent()).toBe(uiString('hu', 'clients.nameRequired'));
    await page.getByLabel(uiString('hu', 'clients.nameLabel')).fill(hostile);
    await page.getByRole('button', { name: uiString('hu', 'clients.save') }).click();

    const select = page.getByLabel(uiString('hu', 'clients.label'), { exact: true });
    await expect.poll(() => select.locator('option:checked').textContent()).toBe(hostile);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('.client-manager img').count()).toBe(0);
    expect(await (await box(page, 'rehearse')).isChecked()).toBe(false);
    await (await box(page, 'final-invoice')).check();

    await select.selectOption({ label: uiString('hu', 'clients.unnamed') });
    expect(await (await box(page, 'rehearse')).isChecked()).toBe(true);
    expect(await (await box(page, 'final-invoice')).isChecked()).toBe(false);

    await select.selectOption({ label: hostile });
    await page.getByRole('button', { name: uiString('hu', 'clients.rename') }).click();
    await page.getByLabel(uiString('hu', 'clients.nameLabel')).fill('Kovács Bt.');
    await page.getByRole('button', { name: uiString('hu', 'clients.save') }).click();
    await expect.poll(() => select.locator('option:checked').textContent()).toBe('Kovács Bt.');
    expect(await (await box(page, 'final-invoice')).isChecked()).toBe(true);

    await page.getByRole('button', { name: uiString('hu', 'common.delete') }).click();
    await page
      .locator('.client-manager dialog')
      .getByRole('button', { name: uiString('hu', 'common.delete') })
      .click();
    // The deletion loads its code first (clients/forget-client.ts), then the client is gone.
    await expect.poll(() => select.locator('option').count()).toBe(1);
    expect(await (await box(page, 'rehearse')).isChecked()).toBe(true);
    const stored = await page.evaluate(() => localStorage.getItem('client-exit:checklists'));
    expect(stored).not.toContain('final-invoice');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('can be ticked with the keyboard alone', async () => {
    const page = await openPage(browser());
    await page.goto(checklistsUrl('fr'));
    await live(page);
    const first = await box(page, 'cool-off');
    await first.focus();
    for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
    const focusVisible = await first.evaluate((el) => getComputedStyle(el).outlineStyle !== 'none');
    expect(focusVisible).toBe(true);
    await page.context().close();
  });

  it('let the reader tick with storage blocked, and say the ticks will not be kept', async () => {
    const page = await openPage(browser());
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto(checklistsUrl('nl'));
    await live(page);
    await (await box(page, 'cool-off')).check();
    expect(await (await box(page, 'cool-off')).isChecked()).toBe(true);
    await expect.poll(() => list(page, 'before-you-decide').locator('[role="alert"]').textContent()).toBe(uiString('nl', 'checklists.storageOff'));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('survive corrupted stored data without touching other stored data', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl}/nl/`);
    await page.evaluate(() => {
      localStorage.setItem('client-exit:checklists', '{not json');
      localStorage.setItem('client-exit:clients', '{"version":1,"clients":[{"id":"a"}]}');
      localStorage.setItem('someone-else', 'keep');
    });
    await page.goto(checklistsUrl('nl'));
    await live(page);
    expect(await (await box(page, 'cool-off')).isChecked()).toBe(false);
    await (await box(page, 'cool-off')).check();
    expect(await page.evaluate(() => localStorage.getItem('someone-else'))).toBe('keep');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('read as plain lists without JavaScript', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(checklistsUrl('it'));
    expect(await page.locator('.checklist input[type="checkbox"]').count()).toBe(0);
    expect(await page.locator('.checklist-items li').count()).toBeGreaterThan(30);
    expect(await page.locator('.checklist-note').first().textContent()).toBe(uiString('it', 'checklists.noscript'));
    expect(await page.locator('.checklist-note').first().isVisible()).toBe(true);
    // No dead controls: the client manager and the print choice need JavaScript, so they are not shown.
    expect(await page.locator('client-manager-island').isVisible()).toBe(false);
    expect(await page.locator('checklists-print').isVisible()).toBe(false);
    await page.context().close();
  });

  it('offers the client and print controls only once they work', async () => {
    const page = await openPage(browser());
    const release = await holdRequests(page, '**/hydrate-client-manager.*.js');
    await page.goto(checklistsUrl('hu'));
    const add = page.getByRole('button', { name: uiString('hu', 'clients.add') });
    expect(await add.isVisible()).toBe(true);
    expect(await add.isDisabled()).toBe(true);
    expect(await page.locator('#client-select').isDisabled()).toBe(true);
    await page.locator('checklists-print button:enabled').waitFor();
    release();
    await expect.poll(() => add.isEnabled()).toBe(true);
    await add.click();
    expect(await page.getByLabel(uiString('hu', 'clients.nameLabel')).isVisible()).toBe(true);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('print with ticks, or with empty boxes when the reader asks', async () => {
    const page = await openPage(browser());
    await page.goto(checklistsUrl('fr'));
    await live(page);
    await (await box(page, 'cool-off')).check();
    await page.emulateMedia({ media: 'print' });
    const fill = async () => (await box(page, 'cool-off')).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await fill()).toBe('rgb(0, 0, 0)');
    expect(await page.locator('.client-manager').isVisible()).toBe(false);
    await page.evaluate(() => document.documentElement.setAttribute('data-print-empty', ''));
    expect(await fill()).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('pass axe with a client form and a reset dialog open (%s)', async (colorScheme) => {
    const page = await openPage(browser(), { colorScheme });
    await page.goto(checklistsUrl('nl'));
    await live(page);
    await (await box(page, 'cool-off')).check();
    await page.getByRole('button', { name: uiString('nl', 'clients.add') }).click();
    await page.getByRole('button', { name: uiString('nl', 'clients.save') }).click();
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
    const form = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(form.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await list(page, 'before-you-decide')
      .getByRole('button', { name: uiString('nl', 'checklists.reset') })
      .click();
    const dialog = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(dialog.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});
