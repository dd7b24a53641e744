import { describe, expect, it } from 'vitest';
import { neighbours, parityProblems, parseContentId, readingOrder, type GuidePage } from './guide';

const page = (lang: string, pageId: string, order: number, slug = `${pageId}-${lang}`): GuidePage => ({
  lang,
  pageId,
  order,
  slug,
  title: `${pageId} (${lang})`,
  description: '',
});

const complete = ['nl', 'fr'].flatMap((lang) => [
  page(lang, 'home', 0, ''),
  page(lang, 'introduction', 1),
  page(lang, 'warning-signs', 2),
  page(lang, 'faq', 3),
]);

describe('parseContentId', () => {
  it('splits language and page id', () => {
    expect(parseContentId('nl/warning-signs')).toEqual({ lang: 'nl', pageId: 'warning-signs' });
  });

  it('rejects files outside a language folder or with odd names', () => {
    expect(() => parseContentId('warning-signs')).toThrow(/content\/<language>\/<page-id>\.mdx/);
    expect(() => parseContentId('nl/Warning_Signs')).toThrow();
  });
});

describe('parityProblems', () => {
  it('finds nothing when every language has every page', () => {
    expect(parityProblems(complete, ['fr', 'nl'])).toEqual([]);
  });

  it('names the missing page and language', () => {
    const pages = complete.filter((p) => !(p.lang === 'fr' && p.pageId === 'faq'));
    expect(parityProblems(pages, ['fr', 'nl'])).toEqual(['page "faq" is missing in "fr": add content/fr/faq.mdx']);
  });

  it('reports a language with UI strings but no pages at all', () => {
    expect(parityProblems(complete, ['fr', 'hu', 'nl'])).toHaveLength(4);
  });

  it('reports a content folder without UI strings', () => {
    expect(parityProblems([...complete, page('de', 'home', 0, '')], ['fr', 'nl'])).toContain(
      'content/de/ has guide pages but there is no content/ui/de.json',
    );
  });

  it('reports translations that disagree on reading order', () => {
    const pages = complete.map((p) => (p.lang === 'fr' && p.pageId === 'faq' ? { ...p, order: 9 } : p));
    expect(parityProblems(pages, ['fr', 'nl'])).toEqual(['page "faq" has different "order" values across languages: nl=3, fr=9']);
  });

  it('reports a slug used twice in one language', () => {
    const pages = complete.map((p) => (p.lang === 'nl' && p.pageId === 'faq' ? { ...p, slug: 'introduction-nl' } : p));
    expect(parityProblems(pages, ['fr', 'nl'])).toEqual(['"nl" uses the slug "introduction-nl" for both "introduction" and "faq"']);
  });
});

describe('reading order', () => {
  it('lists guide pages by order, without the home page', () => {
    expect(readingOrder(complete, 'fr').map((p) => p.pageId)).toEqual(['introduction', 'warning-signs', 'faq']);
  });

  it('links each page to its neighbours', () => {
    expect(neighbours(complete, 'nl', 'introduction')).toEqual({ previous: undefined, next: complete[2] });
    const middle = neighbours(complete, 'nl', 'warning-signs');
    expect([middle.previous?.pageId, middle.next?.pageId]).toEqual(['introduction', 'faq']);
    expect(neighbours(complete, 'nl', 'faq').next).toBeUndefined();
  });

  it('gives the home page no neighbours', () => {
    expect(neighbours(complete, 'nl', 'home')).toEqual({});
  });
});
