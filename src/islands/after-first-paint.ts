/**
 * Calls `then` once the page has shown its first content (the paint timing's first-contentful-paint),
 * so what it starts does not compete with that paint. A browser that does not report paints gets
 * `then` at once. Used by the loader of every page's scripts (integrations/scripts-after-paint.ts,
 * which inlines this function's source) and by the search page.
 */
export function afterFirstPaint(then: () => void): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return then();
  new PerformanceObserver((entries, observer) => {
    if (!entries.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(then);
  }).observe({ type: 'paint', buffered: true });
}
