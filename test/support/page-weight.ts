import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { inlineScripts } from '../../src/integrations/csp-per-page.ts';
import { parsePage, scriptKind, sourceText } from '../../src/integrations/page-html.ts';
import { scriptsLoadedAfterPaint } from '../../src/integrations/scripts-after-paint.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

const measure = (contents: Buffer[]): Bytes => ({
  raw: contents.reduce((sum, c) => sum + c.length, 0),
  gzip: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
});

const fileOf = (dir: string, url: string) => join(dir, url.endsWith('/') ? `${url}index.html` : url);

/** Script files as the browser loads them: each once, with its static imports (dynamic import() waits until it runs). */
function withStaticImports(dir: string, srcs: string[]): Buffer[] {
  const seen = new Set<string>();
  const scripts: Buffer[] = [];
  const load = (src: string) => {
    if (seen.has(src) || !existsSync(fileOf(dir, src))) return;
    seen.add(src);
    const code = readFileSync(fileOf(dir, src));
    scripts.push(code);
    for (const [, dep] of code.toString('utf8').matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      load(new URL(dep!, `http://x${src}`).pathname);
    }
  };
  srcs.forEach(load);
  return scripts;
}

/** The page's module scripts: those loaded at once, and those its loader imports right after the first paint. */
const moduleScripts = (root: HTMLElement) => [
  ...root
    .querySelectorAll('script[src]')
    .filter((script) => scriptKind(script) === 'module')
    .map((script) => script.getAttribute('src')!),
  ...scriptsLoadedAfterPaint(root),
];

/**
 * What a built page makes the browser download before the reader does anything: the HTML, the
 * stylesheets it links, and the scripts it loads at once (module scripts, and their static imports).
 * Islands that wake when scrolled to, and Pagefind's UI, load later and are not counted. `inlineJs` is
 * the page's inline scripts: already part of `html`, and JavaScript all the same.
 */
export function pageWeight(dir: string, path: string): { html: Bytes; css: Bytes; js: Bytes; inlineJs: Bytes; total: Bytes } {
  const html = readFileSync(fileOf(dir, path));
  const root = parsePage(html.toString('utf8'));
  const styles = root.querySelectorAll('link[rel="stylesheet"][href]').map((link) => readFileSync(fileOf(dir, link.getAttribute('href')!)));
  // Inline scripts that run, as the CSP counts them: not those with a src, not data blocks (type="application/json" and the like).
  const inline = inlineScripts(root).map((script) => Buffer.from(sourceText(script)));
  const parts = { html: measure([html]), css: measure(styles), js: measure(withStaticImports(dir, moduleScripts(root))) };
  return {
    ...parts,
    inlineJs: measure(inline),
    total: { raw: parts.html.raw + parts.css.raw + parts.js.raw, gzip: parts.html.gzip + parts.css.gzip + parts.js.gzip },
  };
}

/**
 * All the JavaScript of a tool page (the checklists, the quiz, the letters), Pagefind's aside: its inline
 * scripts and module scripts, and what those load with import() (an island that wakes late, see
 * src/islands/island.ts: a tool's islands are on screen at once, so all of them wake), with their static
 * imports, each file counted once. pageWeight leaves these out; on a tool page they are the page.
 * Dynamic imports inside those are not followed.
 */
export function toolPageJs(dir: string, path: string): Bytes {
  const root = parsePage(readFileSync(fileOf(dir, path), 'utf8'));
  const own = moduleScripts(root);
  const imported = own.flatMap((src) =>
    [...readFileSync(fileOf(dir, src), 'utf8').matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
      ([, dep]) => new URL(dep!, `http://x${src}`).pathname,
    ),
  );
  const js = measure(withStaticImports(dir, [...own, ...imported]));
  const { inlineJs } = pageWeight(dir, path);
  return { raw: js.raw + inlineJs.raw, gzip: js.gzip + inlineJs.gzip };
}
