const moduleScript = /<script type="module" src="([^"]+)"><\/script>/g;

// The same on every page, so one CSP hash: the page's list of scripts is in its data-after-paint attribute.
// requestAnimationFrame runs just before the next paint; a task queued from it runs just after.
const loader =
  "const{afterPaint}=document.querySelector('script[data-after-paint]').dataset;" + "requestAnimationFrame(()=>setTimeout(()=>afterPaint.split(' ').forEach((src)=>import(src))))";

/**
 * A page whose module scripts are fetched only once it has painted: Astro's `<script type="module"
 * src>` tags are replaced by one inline loader that imports them after the first frame. Every script on
 * this site enhances markup that is already on the page, so nothing is lost by waiting, and on a slow
 * connection the first paint no longer shares the bandwidth with them (Lighthouse counted them against
 * the tool pages' Largest Contentful Paint). A page without module scripts is left as it was.
 */
export function scriptsAfterPaint(html: string): string {
  const sources = [...html.matchAll(moduleScript)].map(([, src]) => src!);
  if (sources.length === 0) return html;
  let first = true;
  return html.replace(moduleScript, () => (first ? ((first = false), `<script type="module" data-after-paint="${sources.join(' ')}">${loader}</script>`) : ''));
}

/** The scripts a page imports after its first paint (see scriptsAfterPaint). */
export const scriptsLoadedAfterPaint = (html: string): string[] => /<script type="module" data-after-paint="([^"]+)"/.exec(html)?.[1]!.split(' ') ?? [];
