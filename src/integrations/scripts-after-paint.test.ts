import { describe, expect, it } from 'vitest';
import { scriptsAfterPaint, scriptsLoadedAfterPaint } from './scripts-after-paint';

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
    const loaderOf = (html: string) => /data-after-paint="[^"]*">([^<]*)</.exec(html)![1];
    const one = scriptsAfterPaint(page('<script type="module" src="/_astro/a.js"></script>'));
    const other = scriptsAfterPaint(page('<script type="module" src="/_astro/b.js"></script><script type="module" src="/_astro/c.js"></script>'));
    expect(loaderOf(one)).toBe(loaderOf(other));
  });

  /** Runs the built loader in a stand-in page; the test then paints, or fires load, and reads what was imported. */
  function runLoader() {
    const html = scriptsAfterPaint(page('<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>'));
    const code = /data-after-paint="[^"]*">([^<]*)</.exec(html)![1]!.replace(/\bimport\(/g, 'load(');
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
});
