import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, locales, subpathBase, subpathDistDir, uiString, urlPathOf } from '../support/site';

const origin = 'https://client-exit.example';
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('sitemap', () => {
  const xml = read(distDir, 'sitemap-0.xml');
  const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => ({
    loc: loc!,
    links: [...rest!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${href}`),
  }));

  it('lists every page except the not-found pages', () => {
    const pages = htmlFiles(distDir)
      .map(urlPathOf)
      .filter((path) => !/404/.test(path));
    expect(urls.map((u) => new URL(u.loc).pathname).sort()).toEqual(pages.sort());
  });

  it('gives each page its translations in every language and x-default, as the page itself does', () => {
    for (const { loc, links } of urls) {
      expect(links.map((l) => l.split(' ')[0]).sort(), loc).toEqual([...locales, 'x-default'].sort());
      const html = read(distDir, `${new URL(loc).pathname}index.html`);
      for (const link of links) {
        const [lang, href] = link.split(' ');
        expect(html, `${loc} -> ${lang}`).toContain(`<link rel="alternate" hreflang="${lang}" href="${href}"`);
      }
    }
  });

  it('is announced in robots.txt, at the deployment base too', () => {
    expect(read(distDir, 'robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(read(subpathDistDir, 'robots.txt')).toContain(`Sitemap: ${origin}${subpathBase}sitemap-index.xml`);
    expect(read(distDir, 'sitemap-index.xml')).toContain(`${origin}/sitemap-0.xml`);
  });
});

describe('web app manifests', () => {
  it.each(locales)('name the site in %s and start in that language', (lang) => {
    const manifest = JSON.parse(read(distDir, `${lang}/manifest.webmanifest`)) as Record<string, unknown>;
    expect(manifest).toMatchObject({ lang, name: uiString(lang, 'site.title'), start_url: `/${lang}/`, display: 'standalone' });
    expect(read(distDir, `${lang}/index.html`)).toContain(`<link rel="manifest" href="/${lang}/manifest.webmanifest">`);
  });
});

describe('response headers for static hosts', () => {
  it('forbid framing and sniffing, limit referrers and browser features', () => {
    const headers = read(distDir, '_headers');
    for (const header of ["frame-ancestors 'none'", 'X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) {
      expect(headers).toContain(header);
    }
  });
});
