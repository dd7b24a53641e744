import type { StorageBackend } from '../storage/local-store';

/**
 * The language a reader picked, remembered so the root page can send them back to it (it reads it with
 * remembered-language.ts). Blocked, full or junk storage just means nothing is remembered, so this needs
 * none of localStore's in-memory fallback. Each of the two modules is used by one page script only and
 * imports nothing shared (not local-store, not each other): a module two scripts import becomes a shared
 * chunk, and Astro only inlines a script that imports nothing.
 */
const key = 'client-exit:language'; // storageKey('language'), as the tests check

const browserStorage = (): StorageBackend | undefined => globalThis.localStorage;

export function rememberLanguage(lang: string, backend = browserStorage): void {
  try {
    backend()?.setItem(key, lang);
  } catch {
    // nothing remembered
  }
}
