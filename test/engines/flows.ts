import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLetterParams } from '../../src/letters/letter-params';
import type { LetterFile } from '../../src/letters/templates';
import type { LawText } from '../../src/law/data';
import type { PaymentLetterFile } from '../../src/invoices/payment-letters';
import { quizModelSchema, type QuizText } from '../../src/quiz/model';
import { noticeWhereYouWork } from '../../src/quiz/country-notice';
import { scoreQuiz } from '../../src/quiz/scoring';
import { defaultExitNotice, guideSlug, locales, projectDir, uiString } from '../support/site';
import { problems, textOf, until, useEngine, waitFor, type EngineName, type EnginePage } from './driver';

const model = quizModelSchema.parse(JSON.parse(readFileSync(join(projectDir, 'content/quiz/model.json'), 'utf8')));
const quizWords = (lang: string) => JSON.parse(readFileSync(join(projectDir, `content/quiz/${lang}.json`), 'utf8')) as QuizText;
const lawWords = (lang: string) => JSON.parse(readFileSync(join(projectDir, `content/law/text/${lang}.json`), 'utf8')) as LawText;
const paymentLetters = (lang: string) =>
  JSON.parse(readFileSync(join(projectDir, `content/payment-letters/${lang}.json`), 'utf8')) as PaymentLetterFile;
const letterFile = (lang: string) => JSON.parse(readFileSync(join(projectDir, `content/letters/${lang}.json`), 'utf8')) as LetterFile;
const letterPhrases = (lang: string) => letterFile(lang).phrases;

/** A word each language's guide uses on several pages ("invoice"). */
const invoice: Record<string, string> = { nl: 'factuur', hu: 'számla', it: 'fattura', fr: 'facture' };
const other = (lang: string) => locales[(locales.indexOf(lang) + 1) % locales.length]!;
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Answers that lead to "end it, with notice": a result with a notice and a letter to hand over to. */
const exitAnswers: Record<string, string> = {
  ...Object.fromEntries(model.questions.map((q) => [q.id, q.redLine ? 'never' : 'often'])),
  'dread-or-skills': 'sometimes',
  negativity: 'sometimes',
};

/** Opens a page, runs a flow in it, and checks the page reported no error, failed load or CSP violation. */
async function inPage(open: () => Promise<EnginePage>, flow: (page: EnginePage) => Promise<void>) {
  const page = await open();
  try {
    await flow(page);
    expect(await problems(page)).toEqual([]);
  } finally {
    await page.close();
  }
}

const untilPath = (page: EnginePage, expected: string) => until(page, `the address ${expected}`, (p) => location.pathname === p, expected);
const checklistsLive = (page: EnginePage) => waitFor(page, '.checklist.is-live');

/** Ticks a checklist item as a reader does: scrolls to it (which wakes its list), then clicks its box. */
async function tick(page: EnginePage, item: string) {
  await page.run((i) => document.querySelector(`li[data-item="${i}"]`)?.scrollIntoView({ block: 'center' }), item);
  await waitFor(page, `.checklist.is-live li[data-item="${item}"] input`);
  // A list above that comes alive grows (its progress line) and moves this box down: click once all
  // lists in view are awake and the box has stopped moving, or the click lands where it used to be.
  await until(
    page,
    `the box of ${item} to stay put`,
    async (i) => {
      const top = () => document.querySelector(`li[data-item="${i}"] input`)!.getBoundingClientRect().top;
      const before = top();
      await new Promise((resolve) => setTimeout(resolve, 150));
      const asleepInView = [...document.querySelectorAll('.checklist:not(.is-live)')].some((list) => {
        const box = list.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
      return top() === before && !asleepInView;
    },
    item,
  );
  await page.click(`.checklist.is-live li[data-item="${item}"] input`);
}

/**
 * The flows a reader depends on, described once and run in one engine: guide pages and the language
 * switcher, search, the root's language choice, the quiz and its hand-off to the letters, the letter
 * generator, and the checklists (with a reload while scrolled and a #fragment link). Every flow also
 * checks that the pages reported no console error and no CSP violation.
 */
export function describeFlows(name: EngineName) {
  const engine = useEngine(name);
  const open = () => engine().newPage();

  describe.each(locales)(`${name}, %s`, (lang) => {
    it('shows a guide page and switches language to the same page', () =>
      inPage(open, async (page) => {
        const to = other(lang);
        await page.goto(`/${lang}/${guideSlug(lang, 'warning-signs')}/`);
        expect(await page.run(() => document.documentElement.lang)).toBe(lang);
        expect(await textOf(page, 'h1')).not.toBe('');
        await page.click('.language-switcher summary');
        await page.click(`.language-switcher a[hreflang="${to}"]`);
        await untilPath(page, `/${to}/${guideSlug(to, 'warning-signs')}/`);
        expect(await page.run(() => document.documentElement.lang)).toBe(to);
      }));

    it('searches in the dialog and on the search page, in this language only', () =>
      inPage(open, async (page) => {
        await page.goto(`/${lang}/${guideSlug(lang, 'introduction')}/`);
        await page.press('/');
        await until(page, 'the search dialog to open', () => document.querySelector<HTMLDialogElement>('site-search dialog')?.open);
        await until(page, 'focus in the search box', () => document.activeElement === document.querySelector('site-search dialog input'));
        await page.fill('site-search dialog input', invoice[lang]!);
        const found = await until(page, 'results', () => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('site-search .pagefind-ui__result-link')];
          return links.length > 1 && links.map((a) => new URL(a.href).pathname);
        });
        for (const href of found) expect(href.startsWith(`/${lang}/`), `${href} is not in /${lang}/`).toBe(true);
        await page.press('Escape');
        await until(page, 'the dialog to close', () => document.querySelector<HTMLDialogElement>('site-search dialog')?.open === false);

        await page.goto(`/${lang}/${uiString(lang, 'search.slug')}/?q=${encodeURIComponent(invoice[lang]!)}`);
        await until(page, 'results on the search page', () => document.querySelectorAll('search-page .pagefind-ui__result-link').length > 1);
        expect(await page.run(() => document.querySelector<HTMLInputElement>('search-page input')?.value)).toBe(invoice[lang]);
      }));

    it('remembers the language chosen at the root', () =>
      inPage(open, async (page) => {
        // The engines run in English, which the site does not speak: the root shows its choice of languages.
        await page.goto('/');
        await page.click(`a[hreflang="${lang}"]`);
        await untilPath(page, `/${lang}/`);
        await page.goto('/');
        await untilPath(page, `/${lang}/`);
      }));

    it('keeps the reader’s country, from a country page to the index, and ignores a hostile ?country=', () =>
      inPage(open, async (page) => {
        const rules = `/${lang}/${uiString(lang, 'law.slug')}/`;
        const ownCountry = lang; // each language's default country has the language's code
        await page.goto(`${rules}?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
        await until(
          page,
          'the default country marked',
          (code) => document.querySelector(`.law-countries a[data-country="${code}"]`)?.getAttribute('aria-current') === 'true',
          ownCountry,
        );

        await page.goto(`${rules}be/`);
        // The button holds its place, invisible, until its island is awake.
        await waitFor(page, 'country-choice[data-awake]');
        await page.click('country-choice button');
        await until(page, 'the choice confirmed', () => (document.querySelector('country-choice [role="status"]')?.textContent ?? '') !== '');
        await page.goto(rules);
        await until(
          page,
          'Belgium marked as the reader’s country',
          () => document.querySelector('.law-countries a[data-country="be"]')?.getAttribute('aria-current') === 'true',
        );
        // A guide page, built with the language's country, shows the reader's once they scroll to it.
        await page.goto(`/${lang}/${guideSlug(lang, 'save-it-first')}/`);
        await page.run(() => document.querySelector('country-rules')?.scrollIntoView({ block: 'center' }));
        await until(page, 'Belgium’s rules in the guide', () => document.querySelector('country-rules')?.getAttribute('data-country') === 'be');
        expect(await textOf(page, 'country-rules .country-rules-title')).toBe(lawWords(lang).countries.be!.title);
        await page.goto(`${rules}?country=it`);
        await until(
          page,
          'a linked country marked',
          () => document.querySelector('.law-countries a[data-country="it"]')?.getAttribute('aria-current') === 'true',
        );
      }));

    it('runs the quiz to its result and hands the letter over to the letter generator', () =>
      inPage(open, async (page) => {
        const words = quizWords(lang);
        const scored = scoreQuiz(model, exitAnswers);
        expect(scored.outcome, 'the answers lead to a result with a notice and a letter').toBe('exit');
        // The reader's country is the language's own, whose law may ask for another notice.
        const expected = { ...scored, notice: noticeWhereYouWork(scored, defaultExitNotice(lang)) };
        await page.goto(`/${lang}/${uiString(lang, 'quiz.slug')}/`);
        await waitFor(page, '.quiz.is-live .quiz-start .quiz-primary');
        await page.click('.quiz-start .quiz-primary');
        for (const question of model.questions) {
          await until(
            page,
            `question ${question.id}`,
            (text) => document.querySelector('.quiz-question')?.textContent === text,
            words.questions[question.id]!.text,
          );
          await page.click(`.quiz-step input[value="${exitAnswers[question.id]}"]`);
          await page.click('.quiz-nav button[type="submit"]');
        }
        await waitFor(page, '.quiz-result');
        expect(await textOf(page, '.quiz-result h2')).toBe(words.outcomes[expected.outcome]!.title);
        const href = await page.run(() => document.querySelector<HTMLAnchorElement>('.quiz-letter a')?.href ?? '');
        expect(readLetterParams(new URL(href).searchParams)).toEqual({ letter: expected.letter, notice: expected.notice });

        await page.click('.quiz-letter a');
        await untilPath(page, `/${lang}/${uiString(lang, 'letters.slug')}/`);
        await waitFor(page, 'letter-writer-island[data-awake]');
        expect(await page.run(() => document.querySelector<HTMLSelectElement>('select[name="letter"]')?.value)).toBe(expected.letter);
        expect(await page.run(() => document.querySelector<HTMLSelectElement>('select[name="notice"]')?.value)).toBe(expected.notice);
      }));

    it('writes a letter as the reader types, in another language too, and copies it', () =>
      inPage(open, async (page) => {
        const to = other(lang);
        const preview = () => page.run(() => document.querySelector<HTMLElement>('.letter-preview .letter-paper')?.innerText ?? '');
        await page.goto(`/${lang}/${uiString(lang, 'letters.slug')}/`);
        await waitFor(page, 'letter-writer-island[data-awake]');
        await page.choose('.letter-form [name="letter"]', 'payment-problems');
        await page.fill('.letter-form [name="senderName"]', 'Eva Kovács');
        await page.fill('.letter-form [name="contactPerson"]', 'Anna Berger');
        await page.fill('.letter-form [name="project"]', 'Website 2027');
        const greeting = letterPhrases(lang).formal.greeting!.replace('{contactPerson}', 'Anna Berger');
        await until(
          page,
          'the preview to greet Anna Berger',
          (g) => document.querySelector<HTMLElement>('.letter-preview .letter-paper')?.innerText.includes(g),
          greeting,
        );
        expect(await preview()).toContain('Website 2027');
        expect(spaces(await preview())).toMatch(/Eva Kovács\s*$/);

        await page.choose('.letter-form [name="lang"]', to);
        // The preview turns to the other language once its templates have loaded: "Subject:" too.
        await until(page, `the letter in ${to}`, (l) => document.querySelector('.letter-preview .letter-paper')?.getAttribute('lang') === l, to);
        expect(await textOf(page, '.letter-preview .letter-subject span:first-child'), '"Subject:" in the letter’s language').toBe(
          letterFile(to).subjectLabel,
        );
        const signOffThere = letterPhrases(to).formal.signOff!;
        expect(await preview()).toContain(signOffThere);
        expect(await page.run(() => document.querySelector<HTMLInputElement>('.letter-form [name="senderName"]')?.value)).toBe('Eva Kovács');
        // Under another country's law, the letter ends the contract in that law's terms.
        const country = lang === 'it' ? 'fr' : 'it';
        await page.choose('.letter-form [name="country"]', country);
        await until(
          page,
          `the clause of the law of ${country}`,
          (clause) => document.querySelector<HTMLElement>('.letter-preview .letter-paper')?.innerText.includes(clause),
          letterFile(to).law.formal[country]!.endingForCause,
        );

        // Copying is checked by the page's own report of success. Reading the clipboard back and catching
        // the downloaded file are possible under automation only in Chromium: test/browser/letters does both.
        await page.click('.letter-actions button');
        const status = await until(page, 'the copy status', () => document.querySelector('.letter-status')?.textContent);
        expect(status).toBe(uiString(lang, 'letters.copied'));
      }));

    it('climbs the unpaid-invoices ladder from a friendly reminder to a formal notice with the interest and costs under Belgian law', () =>
      inPage(open, async (page) => {
        await page.goto(`/${lang}/${uiString(lang, 'invoices.slug')}/?country=be`);
        await waitFor(page, 'payment-ladder-island[data-awake]');
        await page.fill('#ladder-senderName', 'Eva Kovács');
        await page.fill('#ladder-invoice-1', '2025-031');
        await page.fill('#ladder-invoice-1-amount', '1000');
        // Date fields take typed text differently in each engine's automation; the value is set as a picker would.
        await page.run(() => {
          const due = document.querySelector<HTMLInputElement>('#ladder-invoice-1-due')!;
          due.value = '2025-03-15';
          due.dispatchEvent(new Event('input', { bubbles: true }));
        });
        // The friendly reminder, then the second one with its pay-by date: each its own letter.
        const letterWith = (what: string, text: string, unlike = '') =>
          until(
            page,
            what,
            (t, u) =>
              ((body) => (body?.includes(t) && body !== u ? body : undefined))(document.querySelector('.letter-preview .letter-body')?.textContent),
            text,
            unlike,
          );
        const friendly = await letterWith('the friendly reminder', '2025-031');
        await page.click('#ladder-step-second');
        await waitFor(page, '#ladder-payBy', true);
        await letterWith('the second reminder', '2025-031', friendly);
        await page.click('#ladder-step-formalNotice');
        // The Belgian table ends before today: the reader gives the current half-year's rate.
        await waitFor(page, '[data-asked="rates"] input');
        const asked = await page.run(() => [...document.querySelectorAll<HTMLInputElement>('[data-asked="rates"] input')].map((input) => input.id));
        for (const id of asked) await page.fill(`#${id}`, '10');
        const total = await until(page, 'the claim worked out', () => document.querySelector('.ladder-claim tfoot strong')?.textContent);
        const body = await textOf(page, '.letter-preview .letter-body');
        expect(spaces(body)).toContain(spaces(total!));
        expect(spaces(body)).toContain(spaces(paymentLetters(lang).law.formal.be!.business.split('{')[0]!.trim()));
      }));

    it('keeps checklist ticks across a reload while scrolled', () =>
      inPage(open, async (page) => {
        await page.goto(`/${lang}/${uiString(lang, 'checklists.slug')}/`);
        await checklistsLive(page);
        await tick(page, 'cool-off');
        await tick(page, 'return-files');
        await until(page, 'the ticks to be saved', () => document.querySelectorAll('li[data-item] input:checked').length === 2);

        await page.reload();
        expect(await page.run(() => scrollY), 'the reload keeps the page scrolled').toBeGreaterThan(0);
        // The list in view wakes with its tick; the one above wakes when the reader scrolls back to it.
        await until(
          page,
          'the tick in view after the reload',
          () => document.querySelector<HTMLInputElement>('li[data-item="return-files"] input')?.checked,
        );
        await page.run(() => document.querySelector('li[data-item="cool-off"]')?.scrollIntoView({ block: 'center' }));
        await until(
          page,
          'the tick above after the reload',
          () => document.querySelector<HTMLInputElement>('li[data-item="cool-off"] input')?.checked,
        );
        await tick(page, 'final-invoice');
        await until(page, 'a tick after the reload', () => document.querySelector<HTMLInputElement>('li[data-item="final-invoice"] input')?.checked);
      }));

    it('wakes the checklists opened at a #fragment, on their page and on a guide page', () =>
      inPage(open, async (page) => {
        await page.goto(`/${lang}/${uiString(lang, 'checklists.slug')}/#checklist-the-conversation`);
        expect(await page.run(() => scrollY), 'the page opens at the fragment').toBeGreaterThan(0);
        await waitFor(page, '.checklist.is-live[data-checklist="the-conversation"] input');
        await tick(page, 'say-it-early');
        await until(page, 'the tick at the fragment', () => document.querySelector<HTMLInputElement>('li[data-item="say-it-early"] input')?.checked);

        await page.goto(`/${lang}/${guideSlug(lang, 'ending-it')}/#checklist-the-conversation`);
        expect(await page.run(() => scrollY), 'the guide page opens at the fragment').toBeGreaterThan(0);
        await until(
          page,
          'the guide page’s list to wake with its tick',
          () => document.querySelector<HTMLInputElement>('[data-checklist="the-conversation"] li[data-item="say-it-early"] input')?.checked,
        );
      }));
  });
}
