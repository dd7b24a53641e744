/**
 * The best of `available` for a browser's `navigator.languages` (most preferred first), matching on the
 * primary language subtag so "fr-BE" finds "fr". Undefined when none fits: the reader then chooses.
 * Kept free of imports: the root page's script ships it to the browser.
 */
export function bestLocale(preferred: readonly string[], available: readonly string[]): string | undefined {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    const match = available.find((lang) => lang.toLowerCase() === primary);
    if (match) return match;
  }
  return undefined;
}
