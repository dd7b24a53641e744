import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from '../support/browser';
import { locales, uiString } from '../support/site';
import { letterIds } from '../../src/letters/letter-params';

const siteUrl = inject('siteUrl');
const browser = useChromium();

const lettersUrl = (lang: string, query = '') => `${siteUrl}/${lang}/${uiString(lang, 'letters.slug')}/${query}`;
const preview = (page: Page) => page.locator('.letter-preview .letter-paper');
const field = (page: Page, name: string) => page.locator(`.letter-form [name="${name}"]`);

/** Opens the page and waits for the island: its actions only become visible once it is live. */
async function open(page: Page, lang: string, query = '') {
  await page.goto(lettersUrl(lang, query));
  await page.locator('letter-writer-island[data-awake]').waitFor({ state: 'attached' });
}

// What each language's letter says in the payment letter, from content/letters/<lang>.json.
const letterFiles = Object.fromEntries(locales.map((lang) => [lang, JSON.parse(readFileSync(`content/letters/${lang}.json`, 'utf8'))]));
const formalPhrase = (lang: string, id: string) => letterFiles[lang].phrases.formal[id] as string;

// Dates and amounts as each language writes them (Intl in Node and in Chromium agree).
const dueDate = new Date(2026, 9, 1);
const expected = (lang: string) => ({
  date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(dueDate),
  amount: new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(1250.5),
});
const typedAmount: Record<string, string> = { nl: '1.250,50', hu: '1250,50', it: '1.250,50', fr: '1 250,50' };

describe('letter generator', () => {
  it.each(locales)('writes a payment letter, copies it, downloads it and keeps the draft (%s)', async (lang) => {
    const page = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    await open(page, lang);
    await field(page, 'letter').selectOption('payment-problems');
    await field(page, 'senderName').fill('Eva Kovács');
    await field(page, 'businessName').fill('Studio Kovács');
    await field(page, 'contactPerson').fill('Anna Berger');
    await field(page, 'project').fill('Website 2027');
    await field(page, 'amount').fill(typedAmount[lang]!);
    await field(page, 'invoice-1').fill('2026-031');
    await field(page, 'invoice-1-due').fill('2026-10-01');
    await page.getByRole('button', { name: uiString(lang, 'letters.addInvoice') }).click();
    await field(page, 'invoice-2').fill('2026-044');

    const { date, amount } = expected(lang);
    const text = (await preview(page).innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain(formalPhrase(lang, 'greeting').replace('{contactPerson}', 'Anna Berger'));
    expect(text).toContain('Website 2027');
    expect(text).toContain('2026-031');
    expect(text).toContain(date.replace(/[\u00a0\u202f]/g, ' '));
    expect(text).toContain(amount.replace(/[\u00a0\u202f]/g, ' '));
    expect(text).toMatch(/Eva Kovács\s+Studio Kovács\s*$/);
    expect(text).not.toMatch(/[{}[\]]/);

    await page.getByRole('button', { name: uiString(lang, 'letters.copy') }).click();
    await expect.poll(() => page.locator('.letter-status[role="status"]').textContent()).toBe(uiString(lang, 'letters.copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${letterFiles[lang].subjectLabel} `)).toBe(true);
    expect(copied).toContain('Anna Berger');
    expect(copied).toContain('2026-044');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: uiString(lang, 'letters.download') }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.txt$/);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(file).toBe(copied);

    await page.reload();
    await page.locator('letter-writer-island[data-awake]').waitFor({ state: 'attached' });
    expect(await field(page, 'letter').inputValue()).toBe('payment-problems');
    expect(await field(page, 'senderName').inputValue()).toBe('Eva Kovács');
    expect(await field(page, 'invoice-2').inputValue()).toBe('2026-044');
    expect((await preview(page).innerText()).replace(/[\u00a0\u202f]/g, ' ')).toBe(text);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['nl', 'fr'],
    ['hu', 'it'],
    ['it', 'nl'],
    ['fr', 'hu'],
  ])('writes the letter in another language than the page (%s page, %s letter)', async (pageLang, letterLang) => {
    const page = await openPage(browser());
    await open(page, pageLang);
    await field(page, 'senderName').fill('Sam');
    await field(page, 'lang').selectOption(letterLang);
    await expect.poll(() => preview(page).getAttribute('lang')).toBe(letterLang);
    await expect.poll(() => preview(page).innerText()).toContain(formalPhrase(letterLang, 'greetingNoName'));
    // "Subject:" too is in the letter's language, not the page's.
    expect(await page.locator('.letter-preview .letter-subject span:first-child').innerText()).toBe(letterFiles[letterLang].subjectLabel.trim());
    // The form keeps the page's language.
    expect(await page.locator('label[for="letter-senderName"]').innerText()).toBe(uiString(pageLang, 'letters.field.senderName'));
    await field(page, 'register').selectOption('informal');
    await expect.poll(() => preview(page).innerText()).toContain(letterFiles[letterLang].phrases.informal.greetingNoName);
    // The client's name is in the subject of Italian letters only; its hint says so.
    const hint = letterLang === 'it' ? 'letters.hint.clientNameInLetter' : 'letters.hint.clientName';
    expect(await page.locator('#letter-clientName-hint').innerText()).toBe(uiString(pageLang, hint));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['nl', 'it', 'it'],
    ['fr', 'nl', 'fr'],
    ['hu', 'hu', 'nl'],
  ])("follows the law of the reader's country (%s page, %s law, %s letter), and shares it with the quiz", async (pageLang, country, letterLang) => {
    const page = await openPage(browser());
    await open(page, pageLang);
    await field(page, 'letter').selectOption('style-mismatch');
    await field(page, 'lang').selectOption(letterLang);
    await field(page, 'notice').selectOption('30-days');
    await field(page, 'country').selectOption(country);
    const clause = (kind: 'ending' | 'endingForCause') => letterFiles[letterLang].law.formal[country][kind] as string;
    await expect.poll(() => preview(page).innerText()).toContain(clause('ending'));
    // The notice the law there makes risky is flagged, with a one-click safe choice that keeps the focus.
    const warning = page.locator('.letter-law[data-risk]');
    await warning.getByRole('button').click();
    expect(await field(page, 'notice').inputValue()).toBe('milestone');
    expect(await warning.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('letter-notice');
    // A letter written because of the client's fault ends the contract for cause.
    await field(page, 'letter').selectOption('payment-problems');
    await expect.poll(() => preview(page).innerText()).toContain(clause('endingForCause'));
    // The country is the reader's: the quiz, in another language, reads the same one.
    await page.goto(`${siteUrl}/${letterLang}/${uiString(letterLang, 'quiz.slug')}/`);
    expect(await page.evaluate(() => localStorage.getItem('client-exit:country'))).toBe(JSON.stringify(country));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('says when another language cannot be loaded, and keeps what was typed', async () => {
    const page = await openPage(browser());
    await open(page, 'nl');
    await page.route('**/letters/it.json', (route) => route.abort());
    await field(page, 'senderName').fill('Sam');
    await field(page, 'lang').selectOption('it');
    await expect.poll(() => page.locator('.letter-form [role="alert"]').textContent()).toContain('Italiano');
    expect(await field(page, 'senderName').inputValue()).toBe('Sam');
    // Back in a language that loads, the message goes.
    await field(page, 'lang').selectOption('nl');
    expect(await page.locator('.letter-form [role="alert"]').count()).toBe(0);
    await page.context().close();
  });

  it('opens with the letter and notice the quiz chose, and shows only the fields that letter uses', async () => {
    const page = await openPage(browser());
    await open(page, 'fr', '?letter=abusive-client&notice=immediately');
    expect(await field(page, 'letter').inputValue()).toBe('abusive-client');
    expect(await field(page, 'notice').inputValue()).toBe('immediately');
    expect(await page.locator('.letter-from-quiz').textContent()).toBe(uiString('fr', 'letters.fromQuiz'));
    expect(await field(page, 'refund').isVisible()).toBe(true);
    for (const hidden of ['thanks', 'referralPerson', 'invoice-1']) expect(await field(page, hidden).isVisible(), hidden).toBe(false);

    await field(page, 'letter').selectOption('payment-problems');
    expect(await field(page, 'invoice-1').isVisible()).toBe(true);

    // Tampered parameters are ignored.
    await open(page, 'fr', '?letter=%3Cscript%3E&notice=forever');
    expect(await page.locator('.letter-from-quiz').textContent()).toBe('');
    await page.context().close();
  });

  it('asks for what the letter needs, inline, before copying', async () => {
    const page = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await open(page, 'hu');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await field(page, 'notice').selectOption('date');
    await field(page, 'chosenDate').fill('2020-01-01');
    await page.getByRole('button', { name: uiString('hu', 'letters.copy') }).click();
    expect(await page.locator('.letter-preview [role="alert"]').textContent()).toBe(uiString('hu', 'letters.fixFirst'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('letter-senderName');
    expect(await field(page, 'senderName').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#letter-senderName-problem').textContent()).toBe(uiString('hu', 'letters.problem.required'));
    expect(await page.locator('#letter-chosenDate-problem').textContent()).toBe(uiString('hu', 'letters.problem.pastDate'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');

    await field(page, 'senderName').fill('Kovács Éva');
    await field(page, 'chosenDate').fill('2099-03-31');
    await field(page, 'letter').selectOption('payment-problems');
    await field(page, 'amount').fill('sok pénz');
    expect(await page.locator('#letter-amount-problem').textContent()).toBe(uiString('hu', 'letters.problem.amount'));
    await field(page, 'amount').fill('125 000');
    await field(page, 'currency').selectOption('HUF');
    expect((await preview(page).innerText()).replace(/[\u00a0\u202f]/g, ' ')).toContain('125 000 Ft');
    expect(await preview(page).innerText()).toContain('2099. március 31.');
    await page.getByRole('button', { name: uiString('hu', 'letters.copy') }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Kovács Éva');
    await page.context().close();
  });

  it('shows hostile text as text, in the preview, the file and the mail link', async () => {
    const page = await openPage(browser(), { acceptDownloads: true });
    await open(page, 'it');
    const hostile = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script> "Rossi & Figli" \u202Eevil 😀';
    await field(page, 'senderName').fill(hostile);
    await field(page, 'contactPerson').fill(hostile);
    await field(page, 'clientName').fill('../../etc/passwd');
    const text = await preview(page).innerText();
    expect(text).toContain(hostile);
    expect(await preview(page).locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();

    const href = await page.locator('.letter-actions a[href^="mailto:"]').getAttribute('href');
    const url = new URL(href!);
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('body')).toContain(hostile);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: uiString('it', 'letters.download') }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^etc-passwd-[a-z0-9-]+\.txt$/);
    expect(readFileSync((await download.path())!, 'utf8')).toContain(hostile);

    // A 10,000-character name: the letter still renders, and the mail link gives way to a clear note.
    await field(page, 'senderName').fill('x'.repeat(10_000));
    expect(await preview(page).innerText()).toContain('x'.repeat(10_000));
    expect(await page.locator('.letter-actions a[href^="mailto:"]').count()).toBe(0);
    expect(await page.locator('.letter-preview').innerText()).toContain(uiString('it', 'letters.emailTooLong'));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('clears the draft only after the reader confirms', async () => {
    const page = await openPage(browser());
    await open(page, 'nl');
    await field(page, 'senderName').fill('Sam');
    await page.getByRole('button', { name: uiString('nl', 'letters.clear') }).click();
    await page
      .locator('dialog')
      .getByRole('button', { name: uiString('nl', 'letters.cancel') })
      .click();
    expect(await field(page, 'senderName').inputValue()).toBe('Sam');
    await page.getByRole('button', { name: uiString('nl', 'letters.clear') }).click();
    await page
      .locator('dialog')
      .getByRole('button', { name: uiString('nl', 'letters.clearYes') })
      .click();
    expect(await field(page, 'senderName').inputValue()).toBe('');
    await page.reload();
    await page.locator('letter-writer-island[data-awake]').waitFor({ state: 'attached' });
    expect(await field(page, 'senderName').inputValue()).toBe('');
    await page.context().close();
  });

  it('keeps working when storage is blocked or holds junk', async () => {
    const blocked = await openPage(browser());
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await open(blocked, 'fr');
    await field(blocked, 'senderName').fill('Sam');
    expect(await preview(blocked).innerText()).toContain('Sam');
    expect(await blocked.locator('.letter-preview').innerText()).toContain(uiString('fr', 'letters.storageOff'));
    expect(blocked.errors).toEqual([]);
    await blocked.context().close();

    const junk = await openPage(browser());
    await junk.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('client-exit:letter-draft', '{"version":1,"draft":{"letter":"<b>","senderName":7,"invoices":"x","clientName":"Acme"}');
        localStorage.setItem('client-exit:clients', '{broken');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await open(junk, 'fr');
    expect(await field(junk, 'letter').inputValue()).toBe('neutral');
    await open(junk, 'fr');
    expect(junk.errors).toEqual([]);
    await junk.context().close();
  });

  it.each(locales)('can be used with the keyboard alone (%s)', async (lang) => {
    const page = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await open(page, lang);
    await page.locator('#letter-letter').focus();
    await page.keyboard.press('End'); // the last letter: the written confirmation
    expect(await field(page, 'letter').inputValue()).toBe('written-confirmation');
    await page.keyboard.press('Tab'); // language
    await page.keyboard.press('Tab'); // register
    await page.keyboard.press('Tab'); // the country whose law applies
    await page.keyboard.press('Tab');
    await page.keyboard.type('Marco Bianchi');
    expect(await field(page, 'senderName').inputValue()).toBe('Marco Bianchi');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === uiString(lang, 'letters.copy')) break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Marco Bianchi');
    await page.context().close();
  });

  it('appears without shifting the page (layout shift)', async () => {
    const page = await openPage(browser(), { viewport: { width: 412, height: 823 } });
    await page.addInitScript(() => {
      (window as { shift?: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as { shift?: number }).shift! += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await open(page, 'nl');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as { shift?: number }).shift)).toBeLessThan(0.01);
    await page.context().close();
  });

  it('prints the letter alone', async () => {
    const page = await openPage(browser());
    await open(page, 'nl');
    await field(page, 'senderName').fill('Sam');
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('h1, h2, .letter-form, .letter-actions, .letter-samples, .letter-paper')]
        .filter((el) => el.checkVisibility())
        .map((el) => el.className || el.tagName),
    );
    expect(visible).toEqual(['letter-paper']);
    await page.context().close();
  });

  it.each(locales.flatMap((lang) => (['light', 'dark'] as const).map((scheme) => [lang, scheme] as const)))(
    'passes axe with problems marked and the dialog open (%s, %s)',
    async (lang, colorScheme) => {
      const page = await openPage(browser(), { colorScheme, viewport: { width: 390, height: 844 } });
      await open(page, lang, '?letter=written-confirmation');
      await page.getByRole('button', { name: uiString(lang, 'letters.copy') }).click();
      const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect((await axe()).violations.map((v) => v.id)).toEqual([]);
      await page.getByRole('button', { name: uiString(lang, 'letters.clear') }).click();
      expect((await axe()).violations.map((v) => v.id)).toEqual([]);
      await page.context().close();
    },
  );

  it.each(locales)('shows every letter as a sample with bracketed words without JavaScript (%s)', async (lang) => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(lettersUrl(lang));
    expect(await page.locator('letter-writer-island > .tool-note').innerText()).toBe(uiString(lang, 'letters.noscript'));
    expect(await page.locator('letter-writer-island > .tool-note').isVisible()).toBe(true);
    const samples = page.locator('.letter-samples details');
    expect(await samples.count()).toBe(letterIds.length);
    for (const sample of await samples.all()) {
      await sample.locator('summary').click();
      const text = await sample.locator('.letter-body').innerText();
      expect(text).toMatch(/\[[^\]]+\]/);
      expect(text).not.toMatch(/[{}]/);
    }
    await page.context().close();
  });
});
