import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, locales, readHtml, urlPathOf } from '../support/site';

interface Fragment {
  url: string;
  content: string;
  language?: string;
}

const pagefindDir = join(distDir, 'pagefind');
const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};

// Pagefind stores each indexed page as a gzipped fragment: a short signature, then JSON.
const fragments: Fragment[] = readdirSync(join(pagefindDir, 'fragment')).map((name) => {
  const text = gunzipSync(readFileSync(join(pagefindDir, 'fragment', name))).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
});

const indexedPages = htmlFiles(distDir)
  .filter((file) => readHtml(distDir, file).includes('data-pagefind-body'))
  .map(urlPathOf)
  .sort();

const uiStrings = Object.fromEntries(
  locales.map((lang) => [lang, JSON.parse(readFileSync(join(distDir, '..', 'content/ui', `${lang}.json`), 'utf8')) as Record<string, string>]),
);

describe('the Pagefind index', () => {
  it('holds exactly the four languages', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(locales);
  });

  it('holds every page with main content, and nothing else', () => {
    expect(fragments.map((f) => f.url).sort()).toEqual(indexedPages);
    const total = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    expect(total).toBe(indexedPages.length);
  });

  it('indexes each language home page, guide pages and the quiz, but not search or 404 pages', () => {
    for (const lang of locales) {
      expect(indexedPages).toContain(`/${lang}/`);
      expect(indexedPages).toContain(`/${lang}/${uiStrings[lang]!['quiz.slug']}/`);
      expect(indexedPages).not.toContain(`/${lang}/404/`);
      expect(indexedPages).not.toContain(`/${lang}/${uiStrings[lang]!['search.slug']}/`);
    }
  });

  it('leaves navigation and footers out of the indexed text', () => {
    for (const fragment of fragments) {
      const lang = fragment.url.split('/')[1]!;
      const strings = uiStrings[lang]!;
      for (const key of ['footer.privacy', 'guide.contents', 'skip.toContent', 'toc.title', 'guide.next', 'checklists.noscript', 'quiz.noscript']) {
        expect(fragment.content, `${fragment.url} indexes "${key}"`).not.toContain(strings[key]);
      }
    }
  });
});
