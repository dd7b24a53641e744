/**
 * The editorial rules of the content reviews, kept as tests: one term per concept in each language
 * (content/glossary/<lang>.json), French typography, Hungarian amounts in forint as Intl writes them, and
 * checklists that carry every point of the content brief (content/brief/checklist-coverage.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, locales, readerTexts, type CheckedText } from './support';

interface Glossary {
  terms: { id: string; use: string; avoid: string[] }[];
}
const glossary = (lang: string) => JSON.parse(readFileSync(join(contentDir, 'glossary', `${lang}.json`), 'utf8')) as Glossary;

/** The concepts every language's glossary names: the site's tools and the terms the reviews saw drift. */
const requiredTerms = ['quiz', 'checklists', 'letter-generator', 'red-line', 'scope-creep', 'notice-period', 'work-pause', 'abusive-client', 'written-confirmation'];

/** Where each line of a text comes from, for messages. */
const whereIn = (text: CheckedText, offset: number) => {
  const line = text.text.slice(0, offset).split('\n').length;
  return text.where ? text.where(line) : `${text.file}:${line}`;
};

/**
 * Each place `phrase` starts a word in `text` (case-insensitive, any ending): "vragenlijst" finds
 * "Vragenlijsten" but not "bevragenlijst".
 */
export function wordStarts(text: string, phrase: string, lang: string): number[] {
  const haystack = text.normalize('NFC').toLocaleLowerCase(lang);
  const needle = phrase.normalize('NFC').toLocaleLowerCase(lang);
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(haystack[at - 1]!)) found.push(at);
  }
  return found;
}

/** Ordinary spaces where French wants a no-break one: before ; : ! ? and inside « ». */
export function frenchSpacing(text: string): number[] {
  return [...text.matchAll(/ [;:!?»]|« /g)].map((m) => m.index);
}

const forint = new Intl.NumberFormat('hu-HU', { style: 'currency', currency: 'HUF', maximumFractionDigits: 0 });

/** Forint amounts not written as Intl writes them ("16 000 Ft" with no-break spaces), as [found, expected]. */
export function forintMisprints(text: string): [string, string][] {
  return [...text.matchAll(/(?<!\d)\d{1,3}(?:[\u00a0\u202f .]\d{3})*[\u00a0\u202f ]?Ft(?!\p{L})/gu)]
    .map(([amount]) => [amount, forint.format(Number(amount.replace(/\D/g, '')))] as [string, string])
    .filter(([amount, expected]) => amount !== expected);
}

describe('the matchers', () => {
  it('find a term at the start of a word, with any ending, in any case', () => {
    expect(wordStarts('Vul de Vragenlijsten in; bevragenlijst', 'vragenlijst', 'nl')).toEqual([7]);
    expect(wordStarts('Il cliente è ABUSIVO.', 'abusivo', 'it')).toEqual([13]);
  });
  it('find ordinary spaces before French high punctuation and inside guillemets', () => {
    expect(frenchSpacing('Ayez la conversation : « oui »')).toHaveLength(3);
    expect(frenchSpacing('Parlez-en\u202f: «\u00a0oui\u00a0»\u202f!')).toEqual([]);
  });
  it('find forint amounts that Intl would write otherwise', () => {
    expect(forintMisprints('16 000 Ft, 16.000 Ft')).toEqual([
      ['16 000 Ft', '16\u00a0000\u00a0Ft'],
      ['16.000 Ft', '16\u00a0000\u00a0Ft'],
    ]);
    expect(forintMisprints('16\u00a0000\u00a0Ft a Ft-os')).toEqual([]);
  });
});

describe.each(locales)('glossary of %s', (lang) => {
  const texts = readerTexts(lang);
  const terms = glossary(lang).terms;

  it('names the one term for each concept the site uses', () => {
    const ids = terms.map((term) => term.id);
    expect(requiredTerms.filter((id) => !ids.includes(id)), `content/glossary/${lang}.json lacks these concepts`).toEqual([]);
    expect(new Set(ids).size, 'a concept is listed twice').toBe(ids.length);
  });

  it('is followed by every text a reader sees: no variant it rules out', () => {
    const found = terms.flatMap((term) =>
      term.avoid.flatMap((variant) =>
        texts.flatMap((text) => wordStarts(text.text, variant, lang).map((at) => `${whereIn(text, at)}: "${variant}" (say "${term.use}")`)),
      ),
    );
    expect(found, `Variants content/glossary/${lang}.json rules out:\n${found.join('\n')}\n`).toEqual([]);
  });

  it('names terms the site really uses', () => {
    const all = texts.map((text) => text.text).join('\n');
    const unused = terms.filter((term) => wordStarts(all, term.use, lang).length === 0).map((term) => `${term.id}: "${term.use}"`);
    expect(unused, `Terms content/glossary/${lang}.json prescribes but no text uses`).toEqual([]);
  });
});

describe('French typography', () => {
  it('puts a no-break space, never an ordinary one, before ; : ! ? and inside « », JSON included', () => {
    const found = readerTexts('fr').flatMap((text) => frenchSpacing(text.text).map((at) => `${whereIn(text, at)}: "${text.text.slice(Math.max(0, at - 15), at + 2)}"`));
    expect(found, `Ordinary spaces (use U+202F or U+00A0):\n${found.join('\n')}\n`).toEqual([]);
  });
});

describe('Hungarian amounts', () => {
  const texts = readerTexts('hu');
  it('are written as Intl writes forint', () => {
    const found = texts.flatMap((text) => forintMisprints(text.text).map(([amount, expected]) => `${text.file}: "${amount}" should be "${expected}"`));
    expect(found, found.join('\n')).toEqual([]);
  });
  it('are in forint in the guide’s examples (rates, invoices), not in euro', () => {
    const guide = texts.filter((text) => text.file.endsWith('.mdx'));
    expect(guide.flatMap((text) => forintMisprints(text.text)).length).toBe(0);
    expect(guide.filter((text) => /\d\u00a0Ft(?!\p{L})/u.test(text.text)).length, 'pages with forint amounts').toBeGreaterThanOrEqual(4);
    // The one euro amount left is the Directive's 40 EUR: EU law states it in euro.
    const euro = guide.flatMap((text) => [...text.text.matchAll(/(\d[\d\u00a0 .,]*)\s?(euró|eur\b|€)/giu)].map((m) => `${text.file}: ${m[0]}`));
    expect(euro.filter((hit) => !/: 40\s?eur/i.test(hit)), 'euro amounts in Hungarian examples').toEqual([]);
  });
});

describe('checklist coverage', () => {
  const coverage = JSON.parse(readFileSync(join(contentDir, 'brief', 'checklist-coverage.json'), 'utf8')) as { points: Record<string, string[]> };
  const briefPoints = [...Array.from({ length: 7 }, (_, i) => `B${i + 1}`), ...Array.from({ length: 13 }, (_, i) => `H${i + 1}`), 'T1'];

  it('gives every point of the brief (B1–B7, H1–H13, T1) at least one item', () => {
    expect(briefPoints.filter((point) => !coverage.points[point]?.length)).toEqual([]);
  });

  it.each(locales)('names only items the %s checklists have', (lang) => {
    const data = JSON.parse(readFileSync(join(contentDir, 'checklists', `${lang}.json`), 'utf8')) as { checklists: { items: { id: string }[] }[] };
    const ids = new Set(data.checklists.flatMap((list) => list.items.map((item) => item.id)));
    const unknown = Object.entries(coverage.points).flatMap(([point, items]) => items.filter((id) => !ids.has(id)).map((id) => `${point}: ${id}`));
    expect(unknown).toEqual([]);
  });
});
