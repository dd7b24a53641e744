import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/integrations/page-html';
import { scriptsLoadedAfterPaint } from '../../src/integrations/scripts-after-paint';
import { distDir, htmlFiles, locales, readHtml, subpathBase, subpathDistDir, urlPathOf } from '../support/site';

/** The URLs a language's service worker precaches, read from the generated worker. */
const precached = (dir: string, lang: string) => [...readFileSync(join(dir, lang, 'sw.js'), 'utf8').matchAll(/\burl:"([^"]+)"/g)].map(([, url]) => url!);

describe('offline: what each language keeps', () => {
  it.each(locales)('%s: every page of the language, every file those pages load, and nothing of another language', (lang) => {
    const urls = new Set(precached(distDir, lang));
    const pages = htmlFiles(distDir).filter((file) => urlPathOf(file).startsWith(`/${lang}/`));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      expect(urls, `${urlPathOf(file)} is precached`).toContain(`/${file}`);
      const root = parsePage(readHtml(distDir, file));
      const loads = [
        ...root.querySelectorAll('script[src], link[rel="manifest"], link[rel="icon"]').map((el) => el.getAttribute('src') ?? el.getAttribute('href')!),
        ...scriptsLoadedAfterPaint(root),
      ];
      for (const src of loads) expect(urls, `${src}, loaded by ${urlPathOf(file)}`).toContain(src);
    }
    for (const url of [`/letters/${lang}.json`, `/payment-letters/${lang}.json`, `/pagefind/wasm.${lang}.pagefind`, '/pagefind/pagefind-ui.js', '/icon-512.png']) {
      expect(urls).toContain(url);
    }
    const others = locales.filter((other) => other !== lang);
    expect([...urls].filter((url) => others.some((other) => url.startsWith(`/${other}/`) || url.includes(`/${other}_`) || url.includes(`.${other}.`)))).toEqual([]);
  });

  it('under a sub-path, every precached URL is under it', () => {
    const urls = precached(subpathDistDir, 'nl');
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((url) => !url.startsWith(subpathBase))).toEqual([]);
  });
});
