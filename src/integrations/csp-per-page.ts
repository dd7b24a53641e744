import { createHash } from 'node:crypto';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The contents of a page's inline <script> or <style> elements (scripts with a src have none). */
const inlineContents = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, content]) => content!);

/**
 * A page's CSP with, in script-src and style-src, only the hashes of that page's own inline scripts and
 * styles. Astro lists the hashes of every inline script and style of the whole site (and of files that
 * 'self' already allows) on every page: some 20 hashes, close to 1 KB gzip of each page's first round
 * trip. The policy only gets stricter: nothing the page runs loses its hash.
 */
export function withOwnHashes(html: string): string {
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)"/, (_, start: string, policy: string) => {
    const directives = policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const own = [...new Set(inlineContents(html, name === 'script-src' ? 'script' : 'style').map(sha256))];
      return [name, ...sources.filter((source) => !/^'sha(256|384|512)-/.test(source)), ...own].join(' ');
    });
    return `${start}${directives.join(';')}"`;
  });
}
