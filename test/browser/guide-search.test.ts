import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium } from '../support/browser';
import { guideSlug, locales, uiString } from '../support/site';

/**
 * Searches a reader would type, in their own language, for the questions the guide answers; each must
 * put the page that answers it FIRST. Every term occurs in the text of the expected page.
 *
 *   late payment  -> save-it-first   (reminders, late-payment interest)
 *   scope creep   -> save-it-first   (its section on limiting extra requests; warning-signs only names it)
 *   notice period -> ending-it
 *   referral      -> ending-it       (its section on offering an alternative: introduce a colleague)
 *   handover      -> handover        (files and passwords)
 */
interface GuideSearch {
  topic: string;
  query: string;
  expected: string;
}

const searches: Record<string, GuideSearch[]> = {
  nl: [
    { topic: 'late payment', query: 'te late betaling', expected: 'save-it-first' },
    { topic: 'scope creep', query: 'meerwerk', expected: 'save-it-first' },
    { topic: 'notice period', query: 'opzegtermijn', expected: 'ending-it' },
    { topic: 'referral', query: 'collega aanraden', expected: 'ending-it' },
    { topic: 'handover', query: 'wachtwoorden', expected: 'handover' },
  ],
  hu: [
    { topic: 'late payment', query: 'késedelmi kamat', expected: 'save-it-first' },
    { topic: 'scope creep', query: 'pluszkérések', expected: 'save-it-first' },
    { topic: 'notice period', query: 'felmondási idő', expected: 'ending-it' },
    { topic: 'referral', query: 'kolléga ajánlása', expected: 'ending-it' },
    { topic: 'handover', query: 'jelszavak átadása', expected: 'handover' },
  ],
  it: [
    { topic: 'late payment', query: 'pagamento in ritardo', expected: 'save-it-first' },
    { topic: 'scope creep', query: 'richieste infinite', expected: 'save-it-first' },
    { topic: 'notice period', query: 'preavviso', expected: 'ending-it' },
    { topic: 'referral', query: 'presentare un collega', expected: 'ending-it' },
    { topic: 'handover', query: 'password', expected: 'handover' },
  ],
  fr: [
    { topic: 'late payment', query: 'retard de paiement', expected: 'save-it-first' },
    { topic: 'scope creep', query: 'refuser les demandes supplémentaires', expected: 'save-it-first' },
    { topic: 'notice period', query: 'préavis', expected: 'ending-it' },
    { topic: 'referral', query: 'recommander un confrère', expected: 'ending-it' },
    { topic: 'handover', query: 'mots de passe', expected: 'handover' },
  ],
};

const siteUrl = inject('siteUrl');
const browser = useChromium();

/** The result pages, best first, for a search typed into the language's search page (?q=). */
async function resultPages(lang: string, query: string): Promise<string[]> {
  const page = await openPage(browser());
  try {
    await page.goto(`${siteUrl}/${lang}/${uiString(lang, 'search.slug')}/?q=${encodeURIComponent(query)}`);
    const input = page.locator('search-page input');
    // The search box appears once Pagefind's UI has loaded after the first paint: on a busy machine, seconds.
    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toBe(query);
    // Pagefind's UI lists a placeholder per result as soon as the search is done, then fills each in as
    // its page's data arrives: wait for the list, then until no placeholder is left.
    const results = page.locator('search-page .pagefind-ui__results > li.pagefind-ui__result');
    const message = page.locator('search-page .pagefind-ui__message');
    await expect
      .poll(() => results.count(), {
        timeout: 10_000,
        message: `no results for "${query}" (Pagefind says: ${await message.textContent().catch(() => '')})`,
      })
      .toBeGreaterThan(0);
    await expect.poll(() => results.locator('.pagefind-ui__loading').count(), { timeout: 10_000 }).toBe(0);
    // Main results only, in order: a page's sections are nested links inside its own result.
    const links = results.locator(':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(page.errors).toEqual([]);
    return hrefs;
  } finally {
    await page.context().close();
  }
}

describe.each(locales)('guide search in %s', (lang) => {
  const cases = searches[lang];

  it('has searches for this language', () => {
    expect(cases, `add the searches a ${lang} reader would type to this test`).toBeDefined();
    expect(cases!.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases ?? [])('"$query" ($topic) finds $expected first', async ({ query, expected }) => {
    const hrefs = await resultPages(lang, query);
    const want = `/${lang}/${guideSlug(lang, expected)}/`;
    console.log(`${lang} "${query}": ${hrefs.slice(0, 3).join(' ')}${hrefs.length > 3 ? ` (+${hrefs.length - 3})` : ''}`);
    expect(hrefs.length, `"${query}" found nothing`).toBeGreaterThan(0);
    expect(hrefs[0], `"${query}" should find ${want} first; results: ${hrefs.join(', ')}`).toBe(want);
  });
});

describe('the guide search check itself', () => {
  it('reads real, ranked results: two searches for different topics put different pages first', async () => {
    // If the check read a fixed link, or any result rather than the first, these could not both hold.
    const notice = await resultPages('nl', 'opzegtermijn');
    const passwords = await resultPages('nl', 'wachtwoorden');
    expect(notice[0]).toBe(`/nl/${guideSlug('nl', 'ending-it')}/`);
    expect(passwords[0]).toBe(`/nl/${guideSlug('nl', 'handover')}/`);
    expect(passwords[0]).not.toBe(notice[0]);
    // Each search finds more than one page, so "first" is a real choice among them.
    expect(new Set(notice).size).toBeGreaterThan(1);
    expect(new Set(passwords).size).toBeGreaterThan(1);
  });
});
