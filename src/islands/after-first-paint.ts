/**
 * Calls `then` once the page has shown its first content (the paint timing's first-contentful-paint),
 * so what it starts does not compete with that paint. It never waits forever: Firefox reports that it
 * supports paint entries yet records none for a page that opens scrolled (a reload mid-page, a
 * #fragment link), so `then` also runs `fallbackMs` after the load event, whichever comes first. A
 * browser that does not report paints gets `then` at once. Used by the loader of every page's scripts
 * (integrations/scripts-after-paint.ts, which inlines this function's source: it may use only globals)
 * and by the search page.
 */
export function afterFirstPaint(then: () => void, fallbackMs = 300): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return then();
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    setTimeout(then);
  };
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length) start();
  });
  observer.observe({ type: 'paint', buffered: true });
  const fallback = () => setTimeout(start, fallbackMs);
  if (document.readyState === 'complete') fallback();
  else addEventListener('load', fallback, { once: true });
}
