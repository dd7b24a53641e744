import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { PaymentLetterFile } from '../../src/invoices/payment-letters';
import { openPage, useChromium } from '../support/browser';
import { locales, uiString } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

const ladderUrl = (lang: string, query = '') => `${siteUrl}/${lang}/${uiString(lang, 'invoices.slug')}/${query}`;
const letters = (lang: string) => JSON.parse(readFileSync(`content/payment-letters/${lang}.json`, 'utf8')) as PaymentLetterFile;
const paper = (page: Page) => page.locator('.letter-preview .letter-paper');
const text = async (page: Page) => (await paper(page).innerText()).replace(/[\u00a0\u202f]/g, ' ');
const spaced = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');
const typed: Record<string, [string, string]> = {
  nl: ['1.000,00', '2.000,50'],
  hu: ['1000,00', '2000,50'],
  it: ['1.000,00', '2.000,50'],
  fr: ['1 000,00', '2 000,50'],
};

/** Opens the page with the reader's country stored, and fills two overdue invoices. */
async function openWithInvoices(page: Page, lang: string, country: string, query = '') {
  await page.addInitScript((code) => localStorage.setItem('client-exit:country', JSON.stringify(code)), country);
  await page.goto(ladderUrl(lang, query));
  await page.locator('payment-ladder-island[data-awake]').waitFor({ state: 'attached' });
  await page.fill('#ladder-senderName', 'Eva Kovács');
  await page.fill('#ladder-invoice-1', '2025-031');
  await page.fill('#ladder-invoice-1-due', '2025-03-31');
  await page.fill('#ladder-invoice-1-amount', typed[lang]![0]);
  await page.click('.ladder-add');
  await page.fill('#ladder-invoice-2', '2025-044');
  await page.fill('#ladder-invoice-2-due', '2025-05-31');
  await page.fill('#ladder-invoice-2-amount', typed[lang]![1]);
}

describe('unpaid invoices', () => {
  it.each(locales)('climbs the ladder under French law in %s: reminder, second reminder, formal notice with the claim', async (lang) => {
    const page = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await openWithInvoices(page, lang, 'fr');
    const file = letters(lang);
    const money = (cents: number) => spaced(new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(cents / 100));

    expect(await text(page)).toContain('2025-031');
    expect(await text(page)).toContain(money(300_050));
    await page.check('#ladder-step-second');
    await expect.poll(() => page.locator('#ladder-payBy').isVisible()).toBe(true);
    expect(await text(page)).toContain(
      spaced(
        new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${await page.inputValue('#ladder-payBy')}T00:00:00Z`)),
      ),
    );

    await page.check('#ladder-step-formalNotice');
    // The French table ends before the current half-year: its rate is asked for, with the official source.
    const rate = page.locator('[data-asked="rates"] input').last();
    await rate.waitFor();
    expect(await page.locator('.ladder-source').getAttribute('href')).toMatch(/^https:\/\//);
    await page.getByRole('button', { name: uiString(lang, 'letters.copy') }).click();
    expect(await page.locator('.letter-status[role="alert"]').textContent()).toBe(uiString(lang, 'letters.fixFirst'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toMatch(/^rate-/);
    for (const input of await page.locator('[data-asked="rates"] input').all()) await input.fill('12,15');
    await expect.poll(() => page.locator('.ladder-scroll table').isVisible()).toBe(true);
    const total = spaced((await page.locator('.ladder-claim tfoot strong').innerText()).trim());
    const body = await text(page);
    expect(body).toContain(total);
    expect(body).toContain(money(8000)); // 40 € per invoice, two invoices
    expect(body).toContain(spaced(file.law.formal.fr!.business.split('{')[0]!.trim()));
    await page.getByRole('button', { name: uiString(lang, 'letters.copy') }).click();
    await expect.poll(() => page.locator('.letter-status[role="status"]').textContent()).toBe(uiString(lang, 'letters.copied'));
    expect(spaced(await page.evaluate(() => navigator.clipboard.readText()))).toContain(total);

    // The draft survives a reload.
    await page.reload();
    await page.locator('payment-ladder-island[data-awake]').waitFor({ state: 'attached' });
    expect(await page.inputValue('#ladder-invoice-2')).toBe('2025-044');
    expect(await page.isChecked('#ladder-step-formalNotice')).toBe(true);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('asks for the euro rate where Hungarian law converts the flat 40 euros, and counts in forints', async () => {
    const page = await openPage(browser());
    await page.addInitScript(() => localStorage.setItem('client-exit:country', JSON.stringify('hu')));
    await page.goto(ladderUrl('hu', '?step=formalNotice'));
    await page.locator('payment-ladder-island[data-awake]').waitFor({ state: 'attached' });
    expect(await page.inputValue('#ladder-currency')).toBe('HUF');
    await page.fill('#ladder-senderName', 'Kovács Éva');
    await page.fill('#ladder-invoice-1', 'H-1');
    await page.fill('#ladder-invoice-1-due', '2025-03-10');
    await page.fill('#ladder-invoice-1-amount', '500 000');
    await page.locator('[data-asked="euroRates"] input').waitFor();
    expect(await page.locator('[data-asked="euroRates"] label').innerText()).toContain('2025');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('holds back a Dutch private client’s costs until the 14-day letter is unanswered, and says so', async () => {
    const page = await openPage(browser());
    await openWithInvoices(page, 'nl', 'nl', '?step=formalNotice');
    await page.selectOption('#ladder-client', 'consumer');
    for (const input of await page.locator('[data-asked="rates"] input').all()) await input.fill('6');
    await expect.poll(() => page.locator('.ladder-costs-note').innerText()).toContain('14');
    expect(await page.locator('[data-client="consumer"]').isVisible()).toBe(true);
    const body = await text(page);
    expect(body).toContain(spaced(letters('nl').law.formal.nl!.consumer.split('{')[0]!.trim()));
    // A deadline shorter than the law's fourteen days is refused at the field, with the earliest date.
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await page.fill('#ladder-deadline', soon);
    await page.getByRole('button', { name: uiString('nl', 'letters.copy') }).click();
    const problem = page.locator('#ladder-deadline-problem');
    await expect.poll(() => problem.textContent()).toContain(uiString('nl', 'invoices.problem.tooSoon').split('{date}')[0]!);
    expect(await page.getAttribute('#ladder-deadline', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#ladder-deadline')).toBe(soon);
    await page.context().close();
  });

  it('says what is wrong at each field and keeps what was typed; hostile text stays text', async () => {
    const page = await openPage(browser());
    await page.goto(ladderUrl('fr'));
    await page.locator('payment-ladder-island[data-awake]').waitFor({ state: 'attached' });
    const hostile = '<img src=x onerror="window.hacked=1">';
    await page.fill('#ladder-senderName', hostile);
    await page.fill('#ladder-invoice-1', hostile);
    await page.fill('#ladder-invoice-1-due', '2099-01-01');
    await page.fill('#ladder-invoice-1-amount', '-5');
    await page.getByRole('button', { name: uiString('fr', 'letters.copy') }).click();
    expect(await page.locator('#ladder-invoice-1-due-problem').textContent()).toBe(uiString('fr', 'invoices.problem.future'));
    expect(await page.locator('#ladder-invoice-1-amount-problem').textContent()).toBe(uiString('fr', 'invoices.problem.amount'));
    expect(await page.getAttribute('#ladder-invoice-1-due', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#ladder-invoice-1')).toBe(hostile);
    expect(await paper(page).innerText()).toContain(hostile);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('passes axe with a claim and problems shown (%s)', async (scheme) => {
    const page = await openPage(browser(), { colorScheme: scheme });
    await openWithInvoices(page, 'it', 'be', '?step=formalNotice');
    for (const input of await page.locator('[data-asked="rates"] input').all()) await input.fill('10,5');
    await page.locator('.ladder-claim summary').click();
    await page.fill('#ladder-deadline', '');
    await page.getByRole('button', { name: uiString('it', 'letters.copy') }).click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.context().close();
  });
});
