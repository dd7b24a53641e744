import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fill } from '../../src/i18n/fill';
import { readLetterParams } from '../../src/letters/letter-params';
import { encodeAnswers } from '../../src/quiz/answers-url';
import { quizModelSchema, type QuizText } from '../../src/quiz/model';
import { noticeWhereYouWork } from '../../src/quiz/country-notice';
import { scoreQuiz } from '../../src/quiz/scoring';
import { openPage, useChromium } from '../support/browser';
import { defaultExitNotice, locales, projectDir, uiString } from '../support/site';

const siteUrl = inject('siteUrl');
const browser = useChromium();

const model = quizModelSchema.parse(JSON.parse(readFileSync(join(projectDir, 'content/quiz/model.json'), 'utf8')));
const words = (lang: string) => JSON.parse(readFileSync(join(projectDir, `content/quiz/${lang}.json`), 'utf8')) as QuizText;
const quizPath = (lang: string) => `/${lang}/${uiString(lang, 'quiz.slug')}/`;
const quizUrl = (lang: string) => `${siteUrl}${quizPath(lang)}`;
const total = model.questions.length;

type AnswerSet = Record<string, string>;
const everyQuestion = (step: string, extra: AnswerSet = {}): AnswerSet => ({
  ...Object.fromEntries(model.questions.map((q) => [q.id, step])),
  ...extra,
});
const redLinesNever = Object.fromEntries(model.questions.filter((q) => q.redLine).map((q) => [q.id, 'never']));

/** One set of answers for each outcome, chosen by hand; the test checks scoring agrees before using them. */
const runs: [outcome: string, answers: AnswerSet][] = [
  ['keep', everyQuestion('never', { 'vague-feedback': 'sometimes', 'late-payment': 'sometimes' })],
  ['repair', everyQuestion('never', { 'late-payment': 'often', 'rate-pressure': 'often', 'terms-ignored': 'often' })],
  ['exit', everyQuestion('often', { ...redLinesNever, 'dread-or-skills': 'sometimes', negativity: 'sometimes' })],
  ['end-now', everyQuestion('never', { abuse: 'sometimes', 'scope-creep': 'often' })],
];

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const live = (page: Page) => page.locator('.quiz.is-live').waitFor();
const count = (page: Page) => page.locator('.quiz-count').textContent();
const progress = (lang: string, current: number) => fill(uiString(lang, 'quiz.progress'), { current, total });
const resultTitle = (page: Page) => page.locator('.quiz-result h2').textContent();

async function start(page: Page, lang: string) {
  await page.getByRole('button', { name: uiString(lang, 'quiz.start') }).click();
  await expect.poll(() => count(page)).toBe(progress(lang, 1));
}

/** Answers the open question with the scale step `step`, by clicking its label, and goes on. */
async function answer(page: Page, lang: string, step: string) {
  await page.locator('.quiz-step').getByLabel(words(lang).scale[step]!, { exact: true }).check();
  await page.locator('.quiz-nav button[type="submit"]').click();
}

/** Answers every question in order, checking the progress and the question on the way. */
async function answerAll(page: Page, lang: string, answers: AnswerSet) {
  for (const [i, question] of model.questions.entries()) {
    await expect.poll(() => count(page)).toBe(progress(lang, i + 1));
    expect(await page.locator('.quiz-question').textContent()).toBe(words(lang).questions[question.id]!.text);
    await answer(page, lang, answers[question.id]!);
  }
  await page.locator('.quiz-result').waitFor();
}

describe('the quiz', () => {
  it('has answer sets that lead where the runs below expect', () => {
    for (const [outcome, answers] of runs) expect(scoreQuiz(model, answers).outcome, outcome).toBe(outcome);
    // Between them the runs reach each step of the payment ladder, and a result without it.
    expect(runs.map(([, answers]) => scoreQuiz(model, answers).ladderStep)).toEqual(['friendly', 'second', 'formalNotice', undefined]);
  });

  it.each(locales)('in %s runs to each outcome, with the notice, the reasons and the letter that fit', async (lang) => {
    const page = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const text = words(lang);
    await page.goto(quizUrl(lang));
    await live(page);
    for (const [outcome, answers] of runs) {
      await start(page, lang);
      await answerAll(page, lang, answers);
      const scored = scoreQuiz(model, answers);
      const expected = { ...scored, notice: noticeWhereYouWork(scored, defaultExitNotice(lang)) };
      expect(await resultTitle(page)).toBe(text.outcomes[outcome]!.title);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quiz-result-title');
      expect(new URL(page.url()).searchParams.get('a')).toBe(encodeAnswers(model, answers));
      expect(await page.locator('.quiz-plan li').allTextContents()).toEqual(text.outcomes[outcome]!.plan);

      // What weighed most: red lines first, then the heaviest answers, each with the reader's answer.
      const weighed = [...expected.redLines, ...expected.weighedMost.map((w) => w.question)].slice(0, 3);
      expect(await page.locator('.quiz-weighed li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.question))).toEqual(weighed);
      for (const id of weighed) {
        const item = page.locator(`.quiz-weighed li[data-question="${id}"]`);
        expect(await item.textContent()).toContain(text.questions[id]!.text);
        expect(await item.locator('.quiz-answer').textContent()).toBe(
          fill(uiString(lang, 'quiz.result.yourAnswer'), { answer: text.scale[answers[id]!]! }),
        );
        expect(await item.locator('.quiz-tag').count()).toBe(expected.redLines.includes(id) ? 1 : 0);
      }

      const notice = page.locator('[data-notice]');
      const letter = page.locator('.quiz-letter a');
      if (expected.notice) expect(await notice.textContent()).toBe(uiString(lang, `quiz.notice.${expected.notice}`));
      else expect(await notice.count()).toBe(0);
      if (expected.letter) {
        // The hand-off: the letter generator's page, with the letter and notice the result chose.
        const href = new URL((await letter.getAttribute('href'))!, page.url());
        expect(href.pathname).toBe(`/${lang}/${uiString(lang, 'letters.slug')}/`);
        expect(readLetterParams(href.searchParams)).toEqual({ letter: expected.letter, ...(expected.notice ? { notice: expected.notice } : {}) });
        expect(await letter.textContent()).toBe(uiString(lang, 'quiz.result.openLetter'));
      } else {
        expect(await letter.count()).toBe(0);
      }
      // Open invoices: the unpaid-invoices page at the step the result chose, under the same country's law.
      const unpaid = page.locator('.quiz-unpaid a');
      if (expected.ladderStep) {
        const href = new URL((await unpaid.getAttribute('href'))!, page.url());
        expect(href.pathname).toBe(`/${lang}/${uiString(lang, 'invoices.slug')}/`);
        expect(Object.fromEntries(href.searchParams)).toEqual({ step: expected.ladderStep, country: lang });
        expect(await unpaid.textContent()).toBe(uiString(lang, `quiz.result.unpaid.${expected.ladderStep}`));
      } else {
        expect(await unpaid.count()).toBe(0);
      }
      await page.getByRole('button', { name: uiString(lang, 'quiz.retake') }).click();
      await page.locator('.quiz-start').waitFor();
    }
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('sends a red line straight to "end it now" whatever the other answers, and says which line', async () => {
    const page = await openPage(browser());
    const answers = everyQuestion('never', { 'unethical-request': 'often' });
    await page.goto(quizUrl('hu'));
    await live(page);
    await start(page, 'hu');
    await answerAll(page, 'hu', answers);
    expect(await resultTitle(page)).toBe(words('hu').outcomes['end-now']!.title);
    const item = page.locator('.quiz-weighed li[data-question="unethical-request"]');
    expect(await item.locator('.quiz-tag').textContent()).toBe(uiString('hu', 'quiz.result.redLine'));
    const href = new URL((await page.locator('.quiz-letter a').getAttribute('href'))!, page.url());
    expect(readLetterParams(href.searchParams)).toEqual({ letter: 'abusive-client', notice: 'immediately' });
    await page.context().close();
  });

  it.each(locales)('in %s opens the letter generator on the letter and notice the result chose', async (lang) => {
    const page = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const answers = runs.find(([outcome]) => outcome === 'exit')![1];
    const scored = scoreQuiz(model, answers);
    const expected = { ...scored, notice: noticeWhereYouWork(scored, defaultExitNotice(lang)) };
    await page.goto(`${quizUrl(lang)}?a=${encodeAnswers(model, answers)}`);
    await page.locator('.quiz-letter a').click();
    await page.locator('letter-writer-island[data-awake]').waitFor({ state: 'attached' });
    expect(new URL(page.url()).pathname).toBe(`/${lang}/${uiString(lang, 'letters.slug')}/`);
    expect(await page.locator('select[name="letter"]').inputValue()).toBe(expected.letter);
    expect(await page.locator('select[name="notice"]').inputValue()).toBe(expected.notice);
    // The letter follows the law the quiz followed: here the page language's country.
    expect(await page.locator('select[name="country"]').inputValue()).toBe(lang);
    expect(await page.locator('.letter-from-quiz').textContent()).toBe(uiString(lang, 'letters.fromQuiz'));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('lets the reader go back and change answers, with its own buttons and the browser’s', async () => {
    const page = await openPage(browser());
    const text = words('nl');
    const option = (step: string) => page.locator('.quiz-step').getByLabel(text.scale[step]!, { exact: true });
    await page.goto(quizUrl('nl'));
    await live(page);
    await start(page, 'nl');
    for (const step of ['often', 'sometimes', 'never', 'often']) await answer(page, 'nl', step);
    await expect.poll(() => count(page)).toBe(progress('nl', 5));

    // The quiz's own Back: question 3 shows the answer given, and it can change.
    await page.getByRole('button', { name: uiString('nl', 'quiz.back') }).click();
    await page.getByRole('button', { name: uiString('nl', 'quiz.back') }).click();
    await expect.poll(() => count(page)).toBe(progress('nl', 3));
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('quiz-count');
    expect(await option('never').isChecked()).toBe(true);
    await answer(page, 'nl', 'often');
    await expect.poll(() => count(page)).toBe(progress('nl', 4));
    expect(await option('often').isChecked()).toBe(true);

    // The browser's back and forward move between questions too, keeping every answer.
    await page.goBack();
    await expect.poll(() => count(page)).toBe(progress('nl', 3));
    expect(await option('often').isChecked()).toBe(true);
    await page.goForward();
    await expect.poll(() => count(page)).toBe(progress('nl', 4));

    // A reload keeps the step and the answers (they are in the address).
    await page.reload();
    await live(page);
    expect(await count(page)).toBe(progress('nl', 4));
    expect(await option('often').isChecked()).toBe(true);

    // Next without an answer says so and stays.
    await answer(page, 'nl', 'never');
    await page.locator('.quiz-nav button[type="submit"]').click();
    expect(await page.locator('.quiz-step [role="alert"]').textContent()).toBe(uiString('nl', 'quiz.chooseFirst'));
    expect(await count(page)).toBe(progress('nl', 5));

    const rest = model.questions.slice(4).map((q) => q.id);
    for (const id of rest) await answer(page, 'nl', id === 'abuse' || id === 'unethical-request' ? 'never' : 'sometimes');
    await page.locator('.quiz-result').waitFor();
    const code = new URL(page.url()).searchParams.get('a')!;
    expect(code.slice(2, 7)).toBe('21201');

    // From the result: browser back returns to the last question; the result's own button to the first.
    await page.goBack();
    await expect.poll(() => count(page)).toBe(progress('nl', total));
    await page.goForward();
    await page.locator('.quiz-result').waitFor();
    await page.getByRole('button', { name: uiString('nl', 'quiz.change') }).click();
    await expect.poll(() => count(page)).toBe(progress('nl', 1));
    expect(await option('often').isChecked()).toBe(true);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('shows the same result from a shared link in a browser that has never seen it, and copies that link', async () => {
    const answers = runs[2]![1];
    const first = await openPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await first.goto(quizUrl('it'));
    await live(first);
    await start(first, 'it');
    await answerAll(first, 'it', answers);
    const shared = (await first.locator('.quiz-share-link a').textContent())!;
    expect(shared).toBe(first.url());
    await first.getByRole('button', { name: uiString('it', 'quiz.share.copy') }).click();
    await expect.poll(() => first.locator('.quiz-copied').textContent()).toBe(uiString('it', 'quiz.share.copied'));
    expect(await first.evaluate(() => navigator.clipboard.readText())).toBe(shared);
    const weighed = await first.locator('.quiz-weighed').textContent();

    const other = await openPage(browser());
    await other.goto(shared);
    await other.locator('.quiz-result').waitFor();
    expect(await resultTitle(other)).toBe(await resultTitle(first));
    expect(await other.locator('.quiz-weighed').textContent()).toBe(weighed);
    expect(await other.locator('[data-notice]').textContent()).toBe(await first.locator('[data-notice]').textContent());
    // Opening someone's link saves nothing in this browser.
    await expect.poll(() => other.locator('.quiz-history-list li').count()).toBe(0);
    expect(other.errors).toEqual([]);
    await first.context().close();
    await other.context().close();
  });

  it.each([
    ['garbage', 'damaged'],
    ['1.', 'damaged'],
    [`1.${'2'.repeat(total - 1)}`, 'damaged'],
    [`1.${'9'.repeat(total)}`, 'damaged'],
    [`1.${'x'.repeat(total)}`, 'damaged'],
    ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'damaged'],
    [`7.${'0'.repeat(total)}`, 'outdated'],
  ])('explains a damaged or outdated link (?a=%s) and offers the quiz from the start', async (value, problem) => {
    const page = await openPage(browser());
    await page.goto(`${quizUrl('fr')}?a=${value}`);
    await live(page);
    expect(await page.locator('[role="alert"]').textContent()).toBe(uiString('fr', `quiz.problem.${problem}`));
    expect(await page.locator('.quiz-start').isVisible()).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    await start(page, 'fr');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('can be completed with the keyboard alone', async () => {
    const page = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    const answers = runs[1]![1];
    await page.goto(quizUrl('fr'));
    await live(page);
    const startButton = page.getByRole('button', { name: uiString('fr', 'quiz.start') });
    for (let i = 0; i < 40 && !(await startButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const steps = model.scale.map((s) => s.id);
    for (const [i, question] of model.questions.entries()) {
      await expect.poll(() => count(page)).toBe(progress('fr', i + 1));
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('quiz-count');
      // Tab into the answers (first one), arrow keys to the chosen one, Enter to go on.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(steps[0]);
      for (let k = 0; k < steps.indexOf(answers[question.id]!); k++) await page.keyboard.press('ArrowDown');
      if (answers[question.id] === steps[0]) await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
    }
    await page.locator('.quiz-result').waitFor();
    expect(await resultTitle(page)).toBe(words('fr').outcomes.repair!.title);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quiz-result-title');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('keeps past results per client with their date, reopens them, and deletes one or all', async () => {
    const page = await openPage(browser(), { timezoneId: 'Europe/Amsterdam' });
    await page.clock.setFixedTime(new Date('2026-11-02T10:00:00Z'));
    await page.goto(quizUrl('nl'));
    await live(page);
    await page.getByRole('button', { name: uiString('nl', 'clients.add') }).click();
    await page.getByLabel(uiString('nl', 'clients.nameLabel')).fill('Bakkerij Jansen');
    await page.getByRole('button', { name: uiString('nl', 'clients.save') }).click();
    await start(page, 'nl');
    await answerAll(page, 'nl', runs[2]![1]);
    expect(await page.locator('.quiz-kicker').textContent()).toBe(fill(uiString('nl', 'quiz.result.for'), { name: 'Bakkerij Jansen' }));

    // A retake some days later, calmer.
    await page.clock.setFixedTime(new Date('2026-11-06T09:00:00Z'));
    await page.getByRole('button', { name: uiString('nl', 'quiz.retake') }).click();
    await start(page, 'nl');
    await answerAll(page, 'nl', runs[1]![1]);
    const entries = page.locator('.quiz-history-list li a');
    expect(await entries.allTextContents()).toEqual([
      expect.stringContaining(words('nl').outcomes.repair!.title),
      expect.stringContaining(words('nl').outcomes.exit!.title),
    ]);
    expect(await entries.first().textContent()).toContain('6 november 2026');
    expect(await entries.last().textContent()).toContain('2 november 2026');

    // Another client's history is its own.
    const select = page.getByLabel(uiString('nl', 'clients.label'), { exact: true });
    await page.getByRole('button', { name: uiString('nl', 'quiz.retake') }).click();
    await select.selectOption({ label: uiString('nl', 'clients.unnamed') });
    await expect.poll(() => page.locator('.quiz-history-list li').count()).toBe(0);
    await select.selectOption({ label: 'Bakkerij Jansen' });
    await expect.poll(() => page.locator('.quiz-history-list li').count()).toBe(2);

    // Reopening the older result shows it again, without saving it twice.
    await entries.last().click();
    await page.locator('.quiz-result').waitFor();
    expect(await resultTitle(page)).toBe(words('nl').outcomes.exit!.title);
    await expect.poll(() => page.locator('.quiz-history-list li').count()).toBe(2);

    await page.locator('.quiz-history-list li').first().getByRole('button').click();
    await expect.poll(() => page.locator('.quiz-history-list li').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quiz-history-title');
    const deleteAll = page.getByRole('button', { name: uiString('nl', 'quiz.history.deleteAll') });
    await deleteAll.click();
    const dialog = page.locator('.quiz-history dialog');
    await dialog.getByRole('button', { name: uiString('nl', 'common.cancel') }).click();
    await expect.poll(() => page.locator('.quiz-history-list li').count()).toBe(1);
    await deleteAll.click();
    await dialog.getByRole('button', { name: uiString('nl', 'common.delete') }).click();
    await expect.poll(() => page.locator('.quiz-history-list li').count()).toBe(0);
    expect(await page.locator('.quiz-history').textContent()).toContain(uiString('nl', 'quiz.history.empty'));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('forgets a client’s past results when the client is deleted', async () => {
    const page = await openPage(browser());
    await page.goto(quizUrl('it'));
    await live(page);
    await page.getByRole('button', { name: uiString('it', 'clients.add') }).click();
    await page.getByLabel(uiString('it', 'clients.nameLabel')).fill('Rossi Srl');
    await page.getByRole('button', { name: uiString('it', 'clients.save') }).click();
    await start(page, 'it');
    await answerAll(page, 'it', runs[0]![1]);
    const id = await page.evaluate(() => JSON.parse(localStorage.getItem('client-exit:clients')!).current as string);
    expect(await page.evaluate(() => localStorage.getItem('client-exit:quiz-history'))).toContain(id);
    await page.getByRole('button', { name: uiString('it', 'quiz.retake') }).click();
    await page
      .locator('.client-manager')
      .getByRole('button', { name: uiString('it', 'common.delete') })
      .click();
    await page
      .locator('.client-manager dialog')
      .getByRole('button', { name: uiString('it', 'common.delete') })
      .click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('client-exit:quiz-history'))).not.toContain(id);
    await page.context().close();
  });

  it('works with storage blocked, and says the result will not be kept', async () => {
    const page = await openPage(browser());
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto(quizUrl('hu'));
    await live(page);
    await start(page, 'hu');
    await answerAll(page, 'hu', runs[3]![1]);
    expect(await resultTitle(page)).toBe(words('hu').outcomes['end-now']!.title);
    expect(await page.locator('.quiz-history [role="alert"]').textContent()).toBe(uiString('hu', 'quiz.storageOff'));
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('survives corrupted stored results without touching other stored data', async () => {
    const page = await openPage(browser());
    await page.goto(`${siteUrl}/fr/`);
    await page.evaluate(() => {
      localStorage.setItem('client-exit:quiz-history', '{"version":1,"results":{"default":[{"date":"soon","answers":7},"x"]}');
      localStorage.setItem('someone-else', 'keep');
    });
    await page.goto(quizUrl('fr'));
    await live(page);
    await expect.poll(() => page.locator('.quiz-history-list li').count()).toBe(0);
    await start(page, 'fr');
    await answerAll(page, 'fr', runs[0]![1]);
    await expect.poll(() => page.locator('.quiz-history-list li').count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('someone-else'))).toBe('keep');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('prints the result alone', async () => {
    const page = await openPage(browser());
    await page.goto(`${quizUrl('it')}?a=${encodeAnswers(model, runs[2]![1])}`);
    await page.locator('.quiz-result').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.quiz-history', '.quiz-actions', '.quiz-letter', '.quiz-page > p']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const selector of ['.quiz-result h2', '.quiz-plan', '[data-notice]', '.quiz-share-link']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(true);
    }
    await page.context().close();
  });

  it('reads as a list of every question with its hint and answers without JavaScript', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(quizUrl('nl'));
    const items = page.locator('.quiz-list > li');
    expect(await items.count()).toBe(total);
    for (const [i, question] of model.questions.entries()) {
      expect(await items.nth(i).locator('.quiz-list-question').textContent()).toBe(words('nl').questions[question.id]!.text);
      expect(await items.nth(i).locator('.quiz-hint').textContent()).toBe(words('nl').questions[question.id]!.hint);
      expect(await items.nth(i).locator('.quiz-list-scale li').allTextContents()).toEqual(model.scale.map((s) => words('nl').scale[s.id]));
    }
    expect(await page.getByText(uiString('nl', 'quiz.noscript')).isVisible()).toBe(true);
    expect(await page.locator('.quiz-step, input[type="radio"]').count()).toBe(0);
    await page.context().close();
  });

  describe.each(['light', 'dark'] as const)('axe, %s scheme', (colorScheme) => {
    it.each(locales)('finds nothing on the start, question and result views, or with a dialog open (%s)', async (lang) => {
      const page = await openPage(browser(), { colorScheme, viewport: { width: 390, height: 844 } });
      await page.goto(`${quizUrl(lang)}?a=damaged`);
      await live(page);
      expect(await axe(page)).toEqual([]);
      await start(page, lang);
      await page.locator('.quiz-nav button[type="submit"]').click();
      await page.locator('.quiz-step [role="alert"]').waitFor();
      expect(await axe(page)).toEqual([]);
      await page.goto(`${quizUrl(lang)}?a=${encodeAnswers(model, runs[3]![1])}`);
      await page.locator('.quiz-result').waitFor();
      expect(await axe(page)).toEqual([]);
      const past = { version: 1, results: { default: [{ date: '2026-11-02T10:00:00.000Z', answers: encodeAnswers(model, runs[1]![1]) }] } };
      await page.evaluate((value) => localStorage.setItem('client-exit:quiz-history', value), JSON.stringify(past));
      await page.goto(quizUrl(lang));
      await live(page);
      await page.getByRole('button', { name: uiString(lang, 'quiz.history.deleteAll') }).click();
      expect(await page.locator('.quiz-history dialog').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    });
  });
});
