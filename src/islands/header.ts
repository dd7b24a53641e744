/**
 * The header's behaviour, on every page as one inline script (one CSP hash, no request): the search
 * dialog (site-search.ts), closing the language list, and offline support, which loads once the page has
 * loaded, as a file of its own (src/offline/offline.ts). Vite builds that file on its own (the `?worker&url`
 * import: a bundle and its URL) so this script still imports nothing and stays inline
 * (test/dist/inline-scripts.test.ts says why that matters).
 */
import offlineSupport from '../offline/offline.ts?worker&url';
import './site-search';

const switcher = document.querySelector<HTMLDetailsElement>('.language-switcher');

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  // Like any menu, the open list closes when the reader clicks elsewhere.
  if (switcher?.open && !switcher.contains(target)) switcher.open = false;
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && switcher?.open) {
    switcher.open = false;
    switcher.querySelector('summary')?.focus();
  }
});

// A reader who leaves before it has loaded cancels the import: nothing to report.
addEventListener('load', () => import(/* @vite-ignore */ offlineSupport).catch(() => undefined), { once: true });
