import { minifySync } from 'vite';
import { afterFirstPaint } from '../islands/after-first-paint.ts';

const moduleScript = /<script type="module" src="([^"]+)"><\/script>/g;

// One tested function (afterFirstPaint) serves both the loader and the search page; here it is inlined
// from its source, minified. The loader is the same on every page, so it has one CSP hash: the page's
// list of scripts is in its data-after-paint attribute. A classic script, to read that from
// document.currentScript; import() works in it all the same.
const loader = minifySync(
  'after-paint-loader.js',
  `const{afterPaint}=document.currentScript.dataset;(${afterFirstPaint.toString()})(()=>afterPaint.split(' ').forEach((src)=>import(src)))`,
).code.trim();

/**
 * A page whose module scripts are fetched only once it has painted: Astro's `<script type="module"
 * src>` tags are replaced by one inline loader that imports them after the first contentful paint.
 * Every script on this site enhances markup that is already on the page, so nothing is lost by waiting,
 * and on a slow connection the first paint no longer shares the bandwidth with them (Lighthouse counted
 * them against the tool pages' Largest Contentful Paint). A page without module scripts is left as it was.
 */
export function scriptsAfterPaint(html: string): string {
  const sources = [...html.matchAll(moduleScript)].map(([, src]) => src!);
  if (sources.length === 0) return html;
  let first = true;
  return html.replace(moduleScript, () => (first ? ((first = false), `<script data-after-paint="${sources.join(' ')}">${loader}</script>`) : ''));
}

/** The scripts a page imports after its first paint (see scriptsAfterPaint). */
export const scriptsLoadedAfterPaint = (html: string): string[] => /<script data-after-paint="([^"]+)"/.exec(html)?.[1]!.split(' ') ?? [];
