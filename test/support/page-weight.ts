import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

const measure = (contents: Buffer[]): Bytes => ({
  raw: contents.reduce((sum, c) => sum + c.length, 0),
  gzip: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
});

/**
 * What a built page makes the browser download before the reader does anything: the HTML, the
 * stylesheets it links, and the scripts it loads at once (module scripts, and their static imports).
 * Islands that wake when scrolled to, and Pagefind's UI, load later and are not counted.
 */
export function pageWeight(dir: string, path: string): { html: Bytes; css: Bytes; js: Bytes; total: Bytes } {
  const file = (url: string) => join(dir, url.endsWith('/') ? `${url}index.html` : url);
  const html = readFileSync(file(path));
  const text = html.toString('utf8');
  const styles = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) => readFileSync(file(href!)));
  const seen = new Set<string>();
  const scripts: Buffer[] = [];
  const load = (src: string) => {
    if (seen.has(src) || !existsSync(file(src))) return;
    seen.add(src);
    const code = readFileSync(file(src));
    scripts.push(code);
    // Static imports load with the module; dynamic import() does not count until it runs.
    for (const [, dep] of code.toString('utf8').matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      load(new URL(dep!, `http://x${src}`).pathname);
    }
  };
  for (const [, src] of text.matchAll(/<script type="module" src="([^"]+)"/g)) load(src!);
  const parts = { html: measure([html]), css: measure(styles), js: measure(scripts) };
  return { ...parts, total: { raw: parts.html.raw + parts.css.raw + parts.js.raw, gzip: parts.html.gzip + parts.css.gzip + parts.js.gzip } };
}
