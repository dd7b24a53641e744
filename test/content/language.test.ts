/**
 * Every page is written in its own language: franc detects the language of each page as a whole, of each
 * paragraph of 200 characters or more (this catches a paragraph left untranslated, or pasted from another
 * language's page), and of each UI strings file as one text.
 *
 * Detection is restricted to the site's four languages and the four a text here is most likely to be
 * copied from (English, German, Spanish, Portuguese): with all of franc's ~180 languages, short Dutch text
 * ties with Afrikaans and Hungarian with unrelated languages, which would be noise, not findings.
 * franc reads at most 2,048 characters of a text, so a longer text is detected in chunks whose scores are
 * combined, weighted by length: the whole page counts, not just its beginning.
 */
import { franc, francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { locales, paragraphs, parsePage, proseMask, readPages, uiProse, uiProseOf, type Page } from './support';

/** ISO 639-3 code of each site language, as franc names it. */
const iso6393: Record<string, string> = { nl: 'nld', hu: 'hun', it: 'ita', fr: 'fra' };
const only = ['nld', 'hun', 'ita', 'fra', 'eng', 'deu', 'spa', 'por'];
const minParagraph = 200;
/** franc's own limit: it ignores anything after this many characters. */
const francMaxLength = 2048;

/** Chunks of at most franc's limit, cut at whitespace. */
function chunks(text: string): string[] {
  const result: string[] = [];
  let rest = text.trim();
  while (rest.length > francMaxLength) {
    let cut = rest.lastIndexOf(' ', francMaxLength);
    if (cut < francMaxLength / 2) cut = francMaxLength;
    result.push(rest.slice(0, cut));
    rest = rest.slice(cut).trim();
  }
  if (rest) result.push(rest);
  return result;
}

/** The most probable language of a text of any length ("und" when too short to tell). */
function detect(text: string): string {
  const parts = chunks(text.replace(/\s+/g, ' '));
  if (parts.length <= 1) return franc(parts[0] ?? '', { only });
  const scores = new Map<string, number>();
  for (const part of parts) {
    for (const [lang, score] of francAll(part, { only })) scores.set(lang, (scores.get(lang) ?? 0) + score * part.length);
  }
  return [...scores].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
}

interface WrongLanguage {
  where: string;
  detected: string;
  text: string;
}

/** Paragraphs of 200+ characters in a page's body that franc does not take for the page's language. */
function wrongParagraphs(page: Page): WrongLanguage[] {
  const expected = iso6393[page.lang];
  return paragraphs(page)
    .filter((p) => p.text.length >= minParagraph)
    .map((p) => ({ where: `${page.file}:${p.line}`, detected: detect(p.text), text: p.text }))
    .filter((p) => p.detected !== expected);
}

/** A page's whole text: title, description and body prose. */
function wholeText(page: Page): string {
  return proseMask(page).replace(/\s+/g, ' ').trim();
}

function uiWholeText(entries: { value: string }[]): string {
  return entries.map((e) => e.value).join('\n');
}

function describeWrong(found: WrongLanguage[]): string {
  return found.map((f) => `  ${f.where}: reads as ${f.detected}: "${f.text.slice(0, 90)}…"`).join('\n');
}

describe.each(locales)('language of %s', (lang) => {
  const expected = iso6393[lang];

  it('is a language franc knows by its ISO 639-3 code', () => {
    expect(expected, `add the ISO 639-3 code of "${lang}" to this test`).toBeDefined();
    expect(only).toContain(expected);
  });

  it('is the language of every page as a whole', () => {
    const wrong = readPages(lang)
      .map((page) => ({ where: page.file, detected: detect(wholeText(page)), text: wholeText(page) }))
      .filter((p) => p.detected !== expected);
    expect(wrong, `Pages that do not read as ${expected}:\n${describeWrong(wrong)}\n`).toEqual([]);
  });

  it(`is the language of every paragraph of ${minParagraph}+ characters`, () => {
    const pages = readPages(lang);
    const checked = pages.flatMap((page) => paragraphs(page)).filter((p) => p.text.length >= minParagraph).length;
    const wrong = pages.flatMap(wrongParagraphs);
    console.log(`${lang}: ${checked} paragraphs of ${minParagraph}+ characters checked`);
    expect(wrong, `Paragraphs that do not read as ${expected}:\n${describeWrong(wrong)}\n`).toEqual([]);
  });

  it('is the language of the UI strings', () => {
    const detected = detect(uiWholeText(uiProse(lang)));
    expect(detected, `content/ui/${lang}.json reads as ${detected}, not ${expected}`).toBe(expected);
  });
});

describe('the language check itself', () => {
  const dutchPage = [
    '---',
    'title: "Afscheid nemen van een klant"',
    'description: "Hoe je een samenwerking netjes beëindigt, met een redelijke opzegtermijn en een duidelijke overdracht."',
    'slug: "afscheid"',
    'order: 1',
    '---',
    '',
    '## Kies het juiste moment',
    '',
    'Rond eerst de lopende projecten af. Het beste moment om je vertrek aan te kondigen is vlak na een oplevering: de klant heeft dan een afgerond resultaat in handen, jij hebt geen lange lijst openstaande taken, en het afscheid voelt voor beide kanten logisch.',
    '',
    'Give the client reasonable notice so that they have time to find someone else. Depending on the relationship, allow two weeks, thirty days, or the end of a major deliverable. You do not owe them six more months of work.',
    '',
    '- Geef de klant daarna een redelijke opzegtermijn, zodat hij de tijd heeft om iemand anders te vinden. Afhankelijk van de relatie is dat twee weken, dertig dagen of het einde van een grote oplevering.',
    '- Send the final invoice together with the handover of all files and passwords, and confirm in writing which work is finished, which work is still open, and who the client can contact with questions after you leave.',
    '',
  ].join('\n');

  it('reports an English paragraph inside a Dutch page, and an English list item, with their lines', () => {
    const page = parsePage('nl', 'self-test', dutchPage);
    const wrong = wrongParagraphs(page);
    expect(wrong.map((w) => `${w.where} ${w.detected}`)).toEqual(['content/nl/self-test.mdx:12 eng', 'content/nl/self-test.mdx:15 eng']);
  });

  it('takes the same page, translated, for Dutch', () => {
    const translated = dutchPage
      .split('\n')
      .filter((line) => !/^(- )?(Give|Send) /.test(line))
      .join('\n');
    const page = parsePage('nl', 'self-test', translated);
    expect(wrongParagraphs(page)).toEqual([]);
    expect(detect(wholeText(page))).toBe('nld');
  });

  it('reads a long text to its end, not just its first 2,048 characters', () => {
    const dutch = 'Rond eerst de lopende projecten af en kondig je vertrek aan vlak na een oplevering, dan voelt het afscheid logisch. ';
    const english = 'Finish the current projects first and announce that you are leaving right after a delivery, so the parting feels natural. ';
    const text = dutch.repeat(20) + english.repeat(60);
    expect(franc(text, { only })).toBe('nld');
    expect(detect(text)).toBe('eng');
  });

  it('reports a UI strings file in the wrong language', () => {
    const english = uiProseOf({
      'search.title': 'Search',
      'search.description': 'Search the whole guide to letting a client go, from the warning signs to the handover.',
      'notFound.text': 'This page does not exist, or it has moved. Start again from the home page or search the guide.',
      'footer.privacy': 'Everything you enter on this site stays in your own browser.',
    });
    expect(detect(uiWholeText(english))).toBe('eng');
  });
});
