import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { scriptsLoadedAfterPaint } from '../../src/integrations/scripts-after-paint';
import type { CountryFile } from '../../src/law/data';
import { distDir, htmlFiles, projectDir, readHtml, subpathBase, subpathDistDir, urlPathOf } from '../support/site';

const siteOrigin = 'https://client-exit.example';

/** The only links that leave the site: the law's sources, its rate authorities and where to get help (content/law/countries/). */
const lawLinks = new Set(
  readdirSync(join(projectDir, 'content/law/countries')).flatMap((file) => {
    const country = JSON.parse(readFileSync(join(projectDir, 'content/law/countries', file), 'utf8')) as CountryFile;
    return [
      ...country.facts.map((fact) => fact.source),
      ...country.statutoryInterest.map((row) => row.source),
      ...Object.values(country.rateSources).map((source) => source!.url),
      ...country.help.map((entry) => entry.url),
    ];
  }),
);

interface Reference {
  page: string;
  attribute: string;
  value: string;
  /** An <a rel="external">: a link to an official source that leaves the site on purpose. */
  external?: boolean;
}

function references(doc: HTMLElement, page: string): Reference[] {
  const found: Reference[] = [];
  for (const [selector, attribute] of [
    ['a[href]', 'href'],
    ['link[href]', 'href'],
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['source[src]', 'src'],
    ['[data-bundle]', 'data-bundle'],
  ] as const) {
    for (const element of doc.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute)!;
      // data-bundle names Pagefind's folder; the UI script in it is what the page will load.
      if (attribute === 'data-bundle') found.push({ page, attribute, value: `${value}pagefind-ui.js` });
      else found.push({ page, attribute, value, external: element.tagName === 'A' && element.getAttribute('rel') === 'external' });
    }
  }
  // The loader's data-after-paint lists the scripts the page imports once it has painted.
  found.push(...scriptsLoadedAfterPaint(doc).map((src) => ({ page, attribute: 'data-after-paint', value: src })));
  return found;
}

/**
 * Checks every reference of every page of a build: it must stay on this site (under `base`), and the
 * file it points at (and the #fragment, if any) must exist.
 */
function brokenReferences(dir: string, base: string): string[] {
  const files = htmlFiles(dir);
  const docs = new Map(files.map((file) => [`${base.slice(0, -1)}${urlPathOf(file)}`, parse(readHtml(dir, file))]));
  const broken: string[] = [];
  for (const [pagePath, doc] of docs) {
    for (const ref of references(doc, pagePath)) {
      const url = new URL(ref.value, `${siteOrigin}${pagePath}`);
      const where = `${pagePath}: ${ref.attribute}="${ref.value}"`;
      if (url.origin !== siteOrigin) {
        if (ref.attribute === 'href' && ref.external && lawLinks.has(ref.value)) continue;
        broken.push(`${where} leaves the site${ref.external ? ' (only a link of content/law/countries/ may)' : ''}`);
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        broken.push(`${where} is outside the base ${base}`);
        continue;
      }
      const local = url.pathname.slice(base.length - 1);
      const file = local.endsWith('/') ? `${local}index.html` : local;
      if (!existsSync(join(dir, decodeURIComponent(file)))) {
        broken.push(`${where} points at a missing file`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html')) {
        const target = docs.get(url.pathname);
        if (!target?.getElementById(fragment)) broken.push(`${where} points at a missing #${fragment}`);
      }
    }
  }
  return broken;
}

describe('internal links', () => {
  it('all resolve in the build for the domain root', () => {
    expect(brokenReferences(distDir, '/')).toEqual([]);
  });

  it('all resolve in the build for a sub-path', () => {
    expect(htmlFiles(subpathDistDir).length).toBe(htmlFiles(distDir).length);
    expect(brokenReferences(subpathDistDir, subpathBase)).toEqual([]);
  });

  it('reports a missing page, a missing fragment, another host and a path outside the base', () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(dir, 'nl'));
    writeFileSync(
      join(dir, 'nl/index.html'),
      '<h2 id="echt">x</h2><a href="#echt">ok</a><a href="../nl/bestaat-niet/">a</a><a href="#nergens">b</a>' +
        '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="/x.css">' +
        '<a rel="external" href="https://www.kvk.nl">law</a><a rel="external" href="https://law-firm.example/">x</a><a href="https://www.kvk.nl">y</a>',
    );
    expect(brokenReferences(dir, '/sub/')).toEqual([
      '/sub/nl/: href="../nl/bestaat-niet/" points at a missing file',
      '/sub/nl/: href="#nergens" points at a missing #nergens',
      '/sub/nl/: href="https://law-firm.example/" leaves the site (only a link of content/law/countries/ may)',
      '/sub/nl/: href="https://www.kvk.nl" leaves the site',
      '/sub/nl/: href="/x.css" is outside the base /sub/',
      '/sub/nl/: src="https://cdn.example/x.js" leaves the site',
    ]);
  });
});
