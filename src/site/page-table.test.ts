import { describe, expect, it } from 'vitest';
import { findPage, hasPage, pathClashes, translationsOf, type SitePage } from './page-table';

const pages: SitePage[] = [
  { id: 'search', lang: 'nl', path: '/nl/zoeken/', title: 'Zoeken' },
  { id: 'search', lang: 'fr', path: '/fr/recherche/', title: 'Recherche' },
  { id: 'faq', lang: 'fr', path: '/fr/questions-frequentes/', title: 'FAQ' },
];

describe('page table', () => {
  it('lists a page translations in the order of the languages', () => {
    expect(translationsOf(pages, 'search', ['fr', 'nl']).map((p) => p.path)).toEqual(['/fr/recherche/', '/nl/zoeken/']);
  });

  it('finds one page, or says which is missing', () => {
    expect(findPage(pages, 'faq', 'fr').title).toBe('FAQ');
    expect(() => findPage(pages, 'faq', 'nl')).toThrow('No page "faq" in "nl"');
  });

  it('knows which pages exist in which language', () => {
    expect(hasPage(pages, 'faq', 'fr')).toBe(true);
    expect(hasPage(pages, 'faq', 'nl')).toBe(false);
    expect(hasPage(pages, 'quiz', 'fr')).toBe(false);
  });

  it('reports two pages at one path', () => {
    expect(pathClashes([...pages, { id: 'faq', lang: 'nl', path: '/nl/zoeken/', title: 'Vragen' }])).toEqual([
      '"search" and "faq" both live at /nl/zoeken/',
    ]);
    expect(pathClashes(pages)).toEqual([]);
  });
});
