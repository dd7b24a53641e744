import type { StorageBackend } from '../storage/local-store';

/**
 * The language a reader picked, remembered so the root page can send them back to it. Blocked, full or
 * junk storage just means nothing is remembered, so this needs none of localStore's in-memory fallback.
 * It imports no code from local-store on purpose: the tools' islands use local-store too, so it would
 * become a chunk shared with LanguageMemory's script, and Astro only inlines a script that imports nothing.
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

export function rememberedLanguage(available: readonly string[], backend = browserStorage): string | undefined {
  try {
    const value = backend()?.getItem(key) ?? null;
    return value !== null && available.includes(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
