/**
 * The language a reader picked, remembered in localStorage so the root page can send them back to it.
 * Storage may be blocked (private mode, a browser setting: even reading `localStorage` can throw) or hold
 * junk: then nothing is remembered and nothing breaks.
 */
const key = 'client-exit:language';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

const browserStorage = (): Storage | undefined => globalThis.localStorage;

export function rememberLanguage(lang: string, storage: () => Storage | undefined = browserStorage): void {
  try {
    storage()?.setItem(key, lang);
  } catch {
    // Blocked or full storage: the choice simply is not remembered.
  }
}

export function rememberedLanguage(available: readonly string[], storage: () => Storage | undefined = browserStorage): string | undefined {
  try {
    const value = storage()?.getItem(key) ?? undefined;
    return value !== undefined && available.includes(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
