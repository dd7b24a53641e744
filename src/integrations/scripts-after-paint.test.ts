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

  it('imports the scripts when run in a page, once it has painted', () => {
    const html = scriptsAfterPaint(page('<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>'));
    const code = /data-after-paint="[^"]*">([^<]*)</.exec(html)![1]!.replace(/\bimport\(/g, 'load(');
    const imported: string[] = [];
    let painted: (() => void) | undefined;
    const document = { currentScript: { dataset: { afterPaint: scriptsLoadedAfterPaint(html).join(' ') } } };
    class PerformanceObserver {
      static supportedEntryTypes = ['paint'];
      constructor(private report: (entries: { getEntriesByName: () => unknown[] }, observer: PerformanceObserver) => void) {}
      observe() {
        painted = () => this.report({ getEntriesByName: () => [{}] }, this);
      }
      disconnect() {}
    }
    new Function('document', 'PerformanceObserver', 'setTimeout', 'load', code)(
      document,
      PerformanceObserver,
      (task: () => void) => task(),
      (src: string) => imported.push(src),
    );
    expect(imported).toEqual([]);
    painted!();
    expect(imported).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });

  it('leaves a page without module scripts, and inline and data scripts, alone', () => {
    const html = page('<script type="module">go()</script><script type="application/json">{}</script>');
    expect(scriptsAfterPaint(html)).toBe(html);
    expect(scriptsLoadedAfterPaint(html)).toEqual([]);
  });
});
