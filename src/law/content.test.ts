import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locales';
import { countryFileSchema, lawFiles, lawProblems, lawTextSchema } from './data';
import { lawSections } from './sections';

// The real law in content/law/: sourced on official hosts, worded in every language, and the only place a rule is stated.
const countries = lawFiles(countryFileSchema, import.meta.glob<unknown>('/content/law/countries/*.json', { eager: true, import: 'default' }));
const texts = lawFiles(lawTextSchema, import.meta.glob<unknown>('/content/law/text/*.json', { eager: true, import: 'default' }));

describe('the law content', () => {
  it('has the five countries and "another country"', () => {
    expect(Object.keys(countries).sort()).toEqual(['be', 'eu', 'fr', 'hu', 'it', 'nl']);
  });

  it('has words for exactly the site languages', () => {
    expect(Object.keys(texts).sort()).toEqual([...locales]);
  });

  it('cites only official hosts and has every fact, help entry and country page in every language', () => {
    expect(lawProblems(countries, texts, locales)).toEqual([]);
  });

  it('gives each country something to say on ending a contract and on late payment', () => {
    for (const [code, file] of Object.entries(countries).filter(([code]) => code !== 'eu')) {
      for (const section of lawSections.filter((s) => s.id === 'ending' || s.id === 'latePayment')) {
        const topics: readonly string[] = section.topics;
        expect(file.facts.filter((fact) => topics.includes(fact.topic)).length, `${code}: ${section.id}`).toBeGreaterThan(0);
      }
    }
  });
});

/**
 * An article named in running text: "art. 7:408", "artikel 6:119a", "6:155. §", "article L441-10",
 * "articolo 2237", "art. 1794". Rules are stated through a fact (LegalFact), which prints its source.
 */
const articleMention = /\b(?:art(?:\.|icle|ikel|icolo|ikk)?\s*[LRD]?\s?\d+(?:[:.-]\d+)*|\d:\d{2,3}[a-z]?\b|\d+:\d+\.\s*§|[LRD]\.?\s?\d{3}-\d+)/i;

describe('guide, tools and UI text', () => {
  const folders = [...locales.map((lang) => join('content', lang)), 'content/quiz', 'content/letters', 'content/checklists', 'content/ui'];
  const files = folders.flatMap((folder) => readdirSync(folder).map((file) => join(folder, file)));

  it.each(files)('%s names no article of a law: rules go through a fact with its source', (file) => {
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line: i + 1, match: line.match(articleMention)?.[0] }))
      .filter((hit) => hit.match);
    expect(lines.map((hit) => `${file}:${hit.line}: "${hit.match}"`)).toEqual([]);
  });

  it('recognises article mentions as each language writes them', () => {
    for (const text of ['art. 7:408 BW', 'artikel 6:119a', 'Ptk. 6:155. §', 'article L441-10', "l'articolo 2237", 'art. 1794', 'L. 441-10']) {
      expect(text, text).toMatch(articleMention);
    }
    for (const text of ['30 dagen', 'om 10:00 uur', '2011/7/EU', 'kell 14 napon belül', 'le 1er juillet'])
      expect(text, text).not.toMatch(articleMention);
  });
});
