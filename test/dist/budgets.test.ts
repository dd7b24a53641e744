import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tools } from '../../src/site/tools';
import { pageWeight, toolPageJs } from '../support/page-weight';
import { distDir, guideSlug, htmlFiles, locales, projectDir, readHtml, uiString, urlPathOf } from '../support/site';

/**
 * Byte budgets from issue 7, in gzip bytes (bytes are exact; times are not, so FCP and LCP live in
 * `npm run bench`). "Before search" is what a page loads before the reader does anything: see pageWeight.
 */
const kb = 1024;

/** HTML, CSS and JavaScript together: what one network round trip carries (TCP's first window, 10 × 1460 bytes, is 14.3 KB). */
const firstRoundTrip = 14 * kb;

/**
 * JavaScript before search on a guide page: loaders only. The header's (search dialog with Pagefind's
 * loader, language switcher, remembering the language, importing offline support once the page has
 * loaded) weigh 1.15 KB; a page with a late island (a checklist, or the rules of the reader's country)
 * adds its element, defineIsland and the loader that fetches it after the first paint
 * (integrations/scripts-after-paint.ts), 0.9 KB; the islands share it.
 * Nowhere near enough for a framework: Preact alone is 4.4 KB.
 */
const headerLoadersJs = 1.25 * kb;
const lateIslandLoaderJs = 1 * kb;

/** A tool page's JavaScript in all, islands and what they import included (toolPageJs). */
const toolPageJsBudget = 15 * kb;

/**
 * Offline support (src/offline/offline.ts): the same file on every page, imported by the header's
 * script only after the page's load event, so it is in neither the first round trip nor a tool's own
 * JavaScript, which it follows; once the service worker is installed it comes from the cache.
 */
const offlineSupportJs = 1.5 * kb;

interface Page {
  path: string;
  /** A checklist or a country's rules: an island that wakes when scrolled to. */
  hasLateIsland: boolean;
}

/** The home page and every guide page of a language, from content/<lang>/*.mdx. */
function guidePages(lang: string): Page[] {
  return readdirSync(join(projectDir, 'content', lang))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const pageId = file.replace(/\.mdx$/, '');
      const slug = guideSlug(lang, pageId);
      return {
        path: slug ? `/${lang}/${slug}/` : `/${lang}/`,
        hasLateIsland: /<(Checklist|CountryRules)\b/.test(readFileSync(join(projectDir, 'content', lang, file), 'utf8')),
      };
    });
}

const allGuidePages = locales.flatMap(guidePages);
const lawCountries = readdirSync(join(projectDir, 'content/law/countries')).map((file) => file.replace(/\.json$/, ''));
const toolAndSearchPages = locales.flatMap((lang) => [
  `/${lang}/${uiString(lang, 'checklists.slug')}/`,
  `/${lang}/${uiString(lang, 'search.slug')}/`,
  `/${lang}/${uiString(lang, 'law.slug')}/`,
  ...lawCountries.map((country) => `/${lang}/${uiString(lang, 'law.slug')}/${country}/`),
]);
/** Tool pages with their JavaScript budget: the tools, and the data page that shows what they keep. */
const toolPages = locales.flatMap((lang) => [...tools.map((tool) => `/${lang}/${uiString(lang, tool.slug)}/`), `/${lang}/${uiString(lang, 'data.slug')}/`]);

function expectFirstRoundTrip(path: string) {
  const { html, css, js, total } = pageWeight(distDir, path);
  expect(total.gzip, `${path}: ${total.gzip} B gzip before search (HTML ${html.gzip}, CSS ${css.gzip}, JS ${js.gzip}); budget ${firstRoundTrip}`).toBeLessThanOrEqual(
    firstRoundTrip,
  );
}

describe('byte budgets', () => {
  it('cover every built guide page', () => {
    const built = htmlFiles(distDir).filter((file) => readHtml(distDir, file).includes('<article class="prose'));
    expect(built.length).toBeGreaterThan(0);
    expect(built.map(urlPathOf).filter((path) => !allGuidePages.some((page) => page.path === path))).toEqual([]);
  });

  it.each(allGuidePages.map((page) => page.path))('%s: HTML, CSS and JavaScript before search fit one round trip (14 KB gzip)', (path) => {
    expectFirstRoundTrip(path);
  });

  it.each(allGuidePages)('$path: JavaScript before search is only the loaders', ({ path, hasLateIsland }) => {
    const { js, inlineJs } = pageWeight(distDir, path);
    const limit = headerLoadersJs + (hasLateIsland ? lateIslandLoaderJs : 0);
    const bytes = js.gzip + inlineJs.gzip;
    expect(
      bytes,
      `${path}: ${bytes} B gzip of JavaScript before search (${inlineJs.gzip} of it inline); budget ${limit}. ` +
        'If many pages fail at once, see test/dist/inline-scripts.test.ts: a header script may no longer be inline',
    ).toBeLessThanOrEqual(limit);
  });

  it.each(toolAndSearchPages)('%s: HTML, CSS and JavaScript before search fit one round trip (14 KB gzip)', (path) => {
    expectFirstRoundTrip(path);
  });

  it.each(toolPages)('%s: all its JavaScript, islands included, at most 15 KB gzip', (path) => {
    const { gzip } = toolPageJs(distDir, path);
    expect(gzip, `${path}: ${gzip} B gzip of JavaScript in all; budget ${toolPageJsBudget}`).toBeLessThanOrEqual(toolPageJsBudget);
  });
});

describe('offline support', () => {
  it.each(locales)('%s: the script that registers the service worker, loaded after the load event, at most 1.5 KB gzip', (lang) => {
    const home = readFileSync(join(distDir, lang, 'index.html'), 'utf8');
    const src = /addEventListener\(`load`,\(\)=>import\(`([^`]+)`\)/.exec(home)?.[1];
    expect(src, 'the header script imports offline support once the page has loaded').toMatch(/\/_astro\/offline-[\w-]+\.js$/);
    const gzip = gzipSync(readFileSync(join(distDir, src!)), { level: 9 }).length;
    expect(gzip, `${src}: ${gzip} B gzip; budget ${offlineSupportJs}`).toBeLessThanOrEqual(offlineSupportJs);
  });
});

describe('toolPageJs', () => {
  it("counts a page's scripts, what they import(), and their static imports, once each, but not what those import()", () => {
    const dir = mkdtempSync(join(tmpdir(), 'tool-page-'));
    mkdirSync(join(dir, '_astro'));
    const files: Record<string, string> = {
      'page.js': 'import"./shared.js";import("./hydrate.js");import("./lazy.js")',
      'hydrate.js': 'import{h}from"./shared.js";import"./preact.js";export const wake=()=>h();',
      'lazy.js': 'import{h}from"./shared.js";export const go=()=>import("./later.js");',
      'shared.js': 'export const h=()=>1;',
      'preact.js': 'export const p=1;',
      'later.js': 'export const s=1;',
    };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, '_astro', name), code);
    const inline = 'window.x=1';
    writeFileSync(
      join(dir, 'index.html'),
      `<script type="module" src="/_astro/page.js"></script><script>${inline}</script><script type="application/json">{}</script>`,
    );
    const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
    const counted = ['page.js', 'shared.js', 'hydrate.js', 'preact.js', 'lazy.js'].map((name) => gzip(files[name]!));
    expect(toolPageJs(dir, '/').gzip).toBe(counted.reduce((a, b) => a + b, 0) + gzip(inline));
  });
});
