/**
 * What one language's service worker keeps for use without a connection, as globs relative to the built
 * site: that language's pages and the files they load (scripts, the letters' texts, the search index in
 * that language and Pagefind's UI), and the icons. Other languages stay out, so a reader downloads only
 * their own (about 1.5 MB).
 */
export function precacheGlobs(lang: string): string[] {
  return [
    `${lang}/**/*.{html,json,webmanifest}`,
    '_astro/*.js',
    '{favicon.svg,icon-*.png}',
    `{letters,payment-letters}/${lang}.json`,
    'pagefind/{pagefind,pagefind-ui,pagefind-worker}.js',
    'pagefind/{pagefind-ui.css,pagefind-entry.json}',
    `pagefind/{wasm.${lang}.pagefind,pagefind.${lang}_*.pf_meta}`,
    `pagefind/{index,fragment,filter}/${lang}_*`,
  ];
}

/**
 * Files whose names change with their content (Vite's hashes, Pagefind's index files), which the
 * service worker need not fetch past the HTTP cache: the name is the version.
 */
export const versionedByName = /\/_astro\/|\.pf_(meta|index|fragment|filter)$/;

/** Where a language's service worker lives, under the site's base: its scope is the language's pages. */
export const serviceWorkerPath = (lang: string) => `${lang}/sw.js`;
