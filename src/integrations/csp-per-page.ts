import { createHash } from 'node:crypto';
import type { HTMLElement } from 'node-html-parser';
import { parsePage, replacing, scriptKind, sourceText, spliced } from './page-html.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The inline scripts of a page that its CSP must allow: those the browser runs or processes (classic,
 * module, import maps, speculation rules), without a src. A data block (type="application/json" and
 * the like) never runs, so it gets no hash: a hash would allow running that text as a script.
 */
export const inlineScripts = (root: HTMLElement): HTMLElement[] =>
  root.querySelectorAll('script').filter((script) => !script.hasAttribute('src') && scriptKind(script) !== 'data');

const inlineStyles = (root: HTMLElement): HTMLElement[] => root.querySelectorAll('style');

/**
 * A page's CSP with, in script-src and style-src, only the hashes of that page's own inline scripts and
 * styles. Astro lists the hashes of every inline script and style of the whole site (and of files that
 * 'self' already allows) on every page: some 20 hashes, close to 1 KB gzip of each page's first round
 * trip. The policy only gets stricter: nothing the page runs loses its hash. Only the policy's <meta>
 * changes; the rest of the page stays byte for byte as it was.
 */
export function withOwnHashes(html: string): string {
  const root = parsePage(html);
  const meta = root
    .querySelectorAll('meta[http-equiv]')
    .find((element) => element.getAttribute('http-equiv')!.trim().toLowerCase() === 'content-security-policy');
  const policy = meta?.getAttribute('content');
  if (!meta || policy === undefined) return html;
  const hashes = {
    'script-src': [...new Set(inlineScripts(root).map((script) => sha256(sourceText(script))))],
    'style-src': [...new Set(inlineStyles(root).map((style) => sha256(sourceText(style))))],
  };
  const directives = policy.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== 'script-src' && name !== 'style-src') return directive;
    return [name, ...sources.filter((source) => !/^'sha(256|384|512)-/.test(source)), ...hashes[name]].join(' ');
  });
  const finished = directives.join(';');
  if (finished === policy) return html;
  meta.setAttribute('content', finished);
  return spliced(html, [replacing(meta, meta.outerHTML)]);
}
