/**
 * Offline support, loaded once a page has loaded (src/islands/header.ts): registers the language's
 * service worker (src/integrations/offline.ts), and when a new version of the site has been downloaded,
 * says so and offers to show it. Accepting switches every open tab at once: each reloads when the new
 * worker takes over, so no tab goes on with old pages beside new files.
 */
import { withBase } from '../i18n/paths';
import { serviceWorkerPath } from './precache';

type OfflineStrings = Record<'offline.updateReady' | 'offline.reload' | 'offline.later', string>;

const base = import.meta.env.BASE_URL;
const lang = document.documentElement.lang;

const styles = `
.update-ready{position:fixed;inset:auto .75rem .75rem;z-index:10;max-width:30rem;margin-inline:auto;padding:.75rem 1rem;
display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;border:1px solid var(--border);border-radius:var(--radius);
background:var(--surface);color:var(--text);box-shadow:0 .25rem 1rem rgb(0 0 0/.25)}
.update-ready p{margin:0;flex:1 1 12rem}
.update-ready div{display:flex;gap:.5rem}`;

let told = false;

async function tellUpdateReady(waiting: ServiceWorker): Promise<void> {
  if (told) return;
  told = true;
  const response = await fetch(withBase(`/${lang}/offline-strings.json`, base));
  if (!response.ok) return;
  const t = (await response.json()) as OfflineStrings;
  // A constructed stylesheet: the site's CSP allows no inline style, and guide pages carry no bytes for this.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  // The live region is in the page before its words, so screen readers announce them.
  const status = document.createElement('div');
  status.setAttribute('role', 'status');
  status.className = 'update-ready';
  document.body.append(status);
  const message = document.createElement('p');
  message.textContent = t['offline.updateReady'];
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = t['offline.reload'];
  reload.addEventListener('click', () => waiting.postMessage({ type: 'SKIP_WAITING' }));
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = t['offline.later'];
  later.addEventListener('click', () => status.remove());
  const buttons = document.createElement('div');
  buttons.append(reload, later);
  requestAnimationFrame(() => status.append(message, buttons));
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(withBase(`/${serviceWorkerPath(lang)}`, base));
  // Only an update has a worker in control already; the first install needs no word.
  const whenInstalled = (worker: ServiceWorker | null) => {
    const installed = () => {
      if (worker?.state === 'installed' && navigator.serviceWorker.controller) void tellUpdateReady(worker);
    };
    installed();
    worker?.addEventListener('statechange', installed);
  };
  // The browser may have found the update before this script ran (it looks on each visit).
  whenInstalled(registration.waiting ?? registration.installing);
  registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  });
}

if ('serviceWorker' in navigator) register().catch(() => undefined); // without a worker the site works online, as before
