import { describe, expect, it } from 'vitest';
import { parsePage } from './page-html';
import { scriptsAfterPaint, scriptsLoadedAfterPaint } from './scripts-after-paint';

/** The loader's code, read through the parser. */
const loaderOf = (html: string) => parsePage(html).querySelector('script[data-after-paint]')!.rawText;
const page = (head: string, body = '<p>Text</p>') => `<html><head><title>T</title>${head}</head><body>${body}</body></html>`;

describe('scriptsAfterPaint', () => {
  it("replaces the page's module scripts by one loader that imports them all, in order, after the first paint", () => {
    const html = scriptsAfterPaint(page('<script type="module" src="/_astro/a.js"></script><script type="module" src="/base/_astro/b.js"></script>'));
    expect(html).not.toContain('src=');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('type="module"');
    expect(scriptsLoadedAfterPaint(html)).toEqual(['/_astro/a.js', '/base/_astro/b.js']);
    expect(html).toContain('<body><p>Text</p></body>');
  });

  it('runs the loader the same on every page, so it has one CSP hash', () => {
    const one = scriptsAfterPaint(page('<script type="module" src="/_astro/a.js"></script>'));
    const other = scriptsAfterPaint(page('<script type="module" src="/_astro/b.js"></script><script type="module" src="/_astro/c.js"></script>'));
    expect(loaderOf(one)).toBe(loaderOf(other));
  });

  /** Runs the built loader in a stand-in page; the test then paints, or fires load, and reads what was imported. */
  function runLoader() {
    const html = scriptsAfterPaint(page('<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>'));
    const code = loaderOf(html).replace(/\bimport\(/g, 'load(');
    const imported: string[] = [];
    let painted: (() => void) | undefined;
    const document = { readyState: 'loading', currentScript: { dataset: { afterPaint: scriptsLoadedAfterPaint(html).join(' ') } } };
    const loadEvent = new EventTarget();
    class PerformanceObserver {
      static supportedEntryTypes = ['paint'];
      constructor(private report: (entries: { getEntriesByName: () => unknown[] }, observer: PerformanceObserver) => void) {}
      observe() {
        painted = () => this.report({ getEntriesByName: () => [{}] }, this);
      }
      disconnect() {}
    }
    new Function('document', 'PerformanceObserver', 'setTimeout', 'addEventListener', 'load', code)(
      document,
      PerformanceObserver,
      (task: () => void) => task(),
      loadEvent.addEventListener.bind(loadEvent),
      (src: string) => imported.push(src),
    );
    return { imported, paint: () => painted!(), fireLoad: () => loadEvent.dispatchEvent(new Event('load')) };
  }

  it('imports the scripts when run in a page, once it has painted', () => {
    const { imported, paint } = runLoader();
    expect(imported).toEqual([]);
    paint();
    expect(imported).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });

  it('imports the scripts after the load event when no paint is reported (a page opened scrolled in Firefox)', () => {
    const { imported, fireLoad, paint } = runLoader();
    fireLoad();
    expect(imported).toEqual(['/_astro/a.js', '/_astro/b.js']);
    paint();
    expect(imported, 'a late paint imports nothing twice').toHaveLength(2);
  });

  it('leaves a page without module scripts, and inline and data scripts, alone', () => {
    const html = page('<script type="module">go()</script><script type="application/json">{}</script>');
    expect(scriptsAfterPaint(html)).toBe(html);
    expect(scriptsLoadedAfterPaint(html)).toEqual([]);
  });

  it('finds module scripts whatever the order, quoting and case of their attributes', () => {
    const html = scriptsAfterPaint(
      page(
        '<script src="/_astro/a.js" type="module"></script><SCRIPT TYPE=\'Module\' SRC=\'/_astro/b.js\'></SCRIPT><script type=module src=/_astro/c.js async></script>',
      ),
    );
    expect(scriptsLoadedAfterPaint(html)).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
    expect(html.match(/<script/gi)).toHaveLength(1);
  });

  it('leaves in place the scripts import() cannot load as their tag would, and classic and data scripts', () => {
    const kept = [
      '<script type="module" src="/_astro/signed.js" integrity="sha384-x" crossorigin="anonymous"></script>',
      '<script type="module" src="/_astro/hinted.js" fetchpriority="high"></script>',
      '<script src="/_astro/classic.js"></script>',
      '<script type="application/json" src="/data.json"></script>',
    ];
    const html = scriptsAfterPaint(page(`${kept[0]}<script type="module" src="/_astro/a.js"></script>${kept.slice(1).join('')}`));
    expect(scriptsLoadedAfterPaint(html)).toEqual(['/_astro/a.js']);
    for (const tag of kept) expect(html).toContain(tag);
  });

  it('changes nothing else on the page, byte for byte: the loader takes the place of the first script', () => {
    const before = '<head>\n  <meta charset="utf-8">\n  <!-- a comment -->\n  <style>a>b{}</style>\n  ';
    const between = '\n  <script type="application/json">{"a":"</scr"}</script>\n  ';
    const after = '\n</head><body><p title="x > y">Text &amp; more</p></body>';
    const html = scriptsAfterPaint(
      `${before}<script type="module" src="/_astro/a.js"></script>${between}<script src="/_astro/b.js" type="module"></script>${after}`,
    );
    const loaderTag = /<script data-after-paint=[^>]*>[^<]*<\/script>/.exec(html)![0];
    expect(html).toBe(`${before}${loaderTag}${between}${after}`);
  });

  it('escapes the list in its attribute, and reads it back from source or a parsed page', () => {
    const html = scriptsAfterPaint(page('<script type="module" src="/_astro/a.js?x=1&amp;y=&quot;2&quot;"></script>'));
    expect(html).toContain('data-after-paint="/_astro/a.js?x=1&amp;y=&quot;2&quot;"');
    expect(scriptsLoadedAfterPaint(html)).toEqual(['/_astro/a.js?x=1&y="2"']);
    expect(scriptsLoadedAfterPaint(parsePage(html))).toEqual(['/_astro/a.js?x=1&y="2"']);
  });
});
