import type { HTMLElement } from 'node-html-parser';
import { minifySync } from 'vite';
import { afterFirstPaint } from '../islands/after-first-paint.ts';
import { parsePage, replacing, scriptKind, spliced } from './page-html.ts';

// One tested function (afterFirstPaint) serves both the loader and the search page; here it is inlined
// from its source, minified. The loader is the same on every page, so it has one CSP hash: the page's
// list of scripts is in its data-after-paint attribute. A classic script, to read that from
// document.currentScript; import() works in it all the same.
const loader = minifySync(
  'after-paint-loader.js',
  `const{afterPaint}=document.currentScript.dataset;(${afterFirstPaint.toString()})(()=>afterPaint.split(' ').forEach((src)=>import(src)))`,
).code.trim();

/**
 * Attributes a module script may have and still be imported by the loader: import(src) fetches and runs
 * it as the tag would have (a module script is deferred anyway). A script with any other attribute
 * (integrity, crossorigin, nonce, referrerpolicy, fetchpriority, nomodule…) asks for something import()
 * cannot do, so it stays where it is.
 */
const movable = new Set(['type', 'src', 'async', 'defer']);

/** The page's `<script type="module" src>` elements the loader can take over, in document order. */
function moduleScriptsToMove(root: HTMLElement): HTMLElement[] {
  return root
    .querySelectorAll('script[src]')
    .filter(
      (script) =>
        scriptKind(script) === 'module' &&
        script.getAttribute('src') &&
        Object.keys(script.attributes).every((name) => movable.has(name.toLowerCase())),
    );
}

const attributeValue = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * A page whose module scripts are fetched only once it has painted: Astro's `<script type="module"
 * src>` tags are replaced by one inline loader that imports them after the first contentful paint.
 * Every script on this site enhances markup that is already on the page, so nothing is lost by waiting,
 * and on a slow connection the first paint no longer shares the bandwidth with them (Lighthouse counted
 * them against the tool pages' Largest Contentful Paint). The loader takes the place of the first of
 * them; the page is otherwise left byte for byte as it was, and a page without module scripts as a whole.
 */
export function scriptsAfterPaint(html: string): string {
  const scripts = moduleScriptsToMove(parsePage(html));
  if (scripts.length === 0) return html;
  const sources = scripts.map((script) => script.getAttribute('src')!);
  const tag = `<script data-after-paint="${attributeValue(sources.join(' '))}">${loader}</script>`;
  return spliced(
    html,
    scripts.map((script, i) => replacing(script, i === 0 ? tag : '')),
  );
}

/** The scripts a page imports after its first paint (see scriptsAfterPaint), from its source or its parsed document. */
export function scriptsLoadedAfterPaint(page: string | HTMLElement): string[] {
  const root = typeof page === 'string' ? parsePage(page) : page;
  return root.querySelector('script[data-after-paint]')?.getAttribute('data-after-paint')!.split(' ').filter(Boolean) ?? [];
}
