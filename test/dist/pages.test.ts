import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, guideSlug, htmlFiles, locales, projectDir, readHtml, uiString, urlPathOf } from '../support/site';

const siteOrigin = 'https://client-exit.example';
const files = htmlFiles(distDir);
const pages = new Map(files.map((file) => [urlPathOf(file), parse(readHtml(distDir, file))]));

/** A site URL as the path of a built page, or undefined when nothing is built there. */
function builtPath(href: string): string | undefined {
  const url = new URL(href);
  if (url.origin !== siteOrigin) return undefined;
  const file = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  return existsSync(join(distDir, file)) ? url.pathname : undefined;
}

describe('every built page', () => {
  it('covers every language with a home, a search and a 404 page', () => {
    for (const lang of locales) {
      expect(files).toContain(`${lang}/index.html`);
      expect(files).toContain(`${lang}/404/index.html`);
    }
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
  });

  describe.each(files)('%s', (file) => {
    const path = urlPathOf(file);
    const doc = pages.get(path)!;
    const lang = /^([a-z]{2})\//.exec(file)?.[1];
    const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim();

    it('declares its language', () => {
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang ?? 'mul');
    });

    it('has a title, a description and Open Graph text', () => {
      expect(doc.querySelector('title')?.text.trim()).toBeTruthy();
      expect(meta('meta[name="description"]')?.length).toBeGreaterThan(40);
      expect(meta('meta[property="og:title"]')).toBeTruthy();
      expect(meta('meta[property="og:description"]')).toBeTruthy();
    });

    it('names itself as canonical', () => {
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical).toBe(`${siteOrigin}${path === '/404.html' ? '/404.html' : path}`);
    });

    it('links its version in every language, and x-default, to pages that exist and link back', () => {
      const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]');
      const byLang = new Map(alternates.map((link) => [link.getAttribute('hreflang')!, link.getAttribute('href')!]));
      expect([...byLang.keys()].sort()).toEqual([...locales, 'x-default'].sort());
      expect(byLang.get('x-default')).toBe(`${siteOrigin}/`);
      for (const alternateLang of locales) {
        const target = builtPath(byLang.get(alternateLang)!);
        expect(target, `hreflang="${alternateLang}" of ${path}`).toBeDefined();
        const targetDoc = pages.get(target!)!;
        expect(targetDoc.querySelector('html')?.getAttribute('lang')).toBe(alternateLang);
        if (lang) {
          const back = targetDoc.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute('href');
          expect(back, `${target} should link back to ${path}`).toBe(`${siteOrigin}${path}`);
        }
      }
    });
  });
});

describe('the quiz', () => {
  it.each(locales)('lives at its own address in %s, linked from the menu, the home page and the guide where authors point to it', (lang) => {
    const path = `/${lang}/${uiString(lang, 'quiz.slug')}/`;
    expect(files).toContain(`${path.slice(1)}index.html`);
    const home = pages.get(`/${lang}/`)!;
    expect(home.querySelector(`.main-nav a[href="${path}"]`)?.text.trim()).toBe(uiString(lang, 'quiz.title'));
    expect(home.querySelector(`.tool a[href="${path}"]`)).not.toBeNull();
    const pointing = readdirSync(join(projectDir, 'content', lang)).filter((file) =>
      readFileSync(join(projectDir, 'content', lang, file), 'utf8').includes('<ToolHint tool="quiz">'),
    );
    expect(pointing.length).toBeGreaterThan(0);
    for (const file of pointing) {
      const pageId = file.replace(/\.mdx$/, '');
      const guide = pages.get(pageId === 'home' ? `/${lang}/` : `/${lang}/${guideSlug(lang, pageId)}/`)!;
      expect(guide.querySelector(`.tool-hint a[href="${path}"]`)?.text.trim(), `${lang}/${pageId}`).toBe(`${uiString(lang, 'quiz.cta')} →`);
    }
  });
});
