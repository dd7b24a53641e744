import { localStore, type StorageBackend } from '../storage/local-store';

/**
 * The language a reader picked, remembered so the root page can send them back to it. Blocked, full or
 * junk storage (see localStore) just means nothing is remembered.
 */
export function rememberLanguage(lang: string, backend?: () => StorageBackend | undefined): void {
  localStore('language', backend).write(lang);
}

export function rememberedLanguage(available: readonly string[], backend?: () => StorageBackend | undefined): string | undefined {
  const value = localStore('language', backend).read();
  return value !== null && available.includes(value) ? value : undefined;
}
