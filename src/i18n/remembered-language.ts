import type { StorageBackend } from '../storage/local-store';

// The same key as chosen-language.ts writes (see there why it is not imported); the tests check both.
const key = 'client-exit:language';

const browserStorage = (): StorageBackend | undefined => globalThis.localStorage;

/** The language the reader picked before (chosen-language.ts), if the site still offers it. */
export function rememberedLanguage(available: readonly string[], backend = browserStorage): string | undefined {
  try {
    const value = backend()?.getItem(key) ?? null;
    return value !== null && available.includes(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
