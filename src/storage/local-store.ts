/**
 * One namespaced localStorage key, read and written without ever throwing. Storage can be missing,
 * blocked (reading `localStorage` itself throws in some private modes) or full; then values live in
 * memory for this page view and `persistent` says so, so the interface can tell the reader.
 */
export interface LocalStore {
  read(): string | null;
  /** False when the value could only be kept in memory. */
  write(value: string): boolean;
  readonly persistent: boolean;
}

export type StorageBackend = Pick<Storage, 'getItem' | 'setItem'>;

const browserStorage = (): StorageBackend | undefined => globalThis.localStorage;

export const storageKey = (name: string) => `client-exit:${name}`;

export function localStore(name: string, backend: () => StorageBackend | undefined = browserStorage): LocalStore {
  const key = storageKey(name);
  let memory: string | null = null;
  let persistent = true;
  try {
    const storage = backend();
    if (!storage) throw new Error('no storage');
    memory = storage.getItem(key);
  } catch {
    persistent = false;
  }
  return {
    read: () => {
      if (!persistent) return memory;
      try {
        return backend()!.getItem(key);
      } catch {
        persistent = false;
        return memory;
      }
    },
    write: (value) => {
      memory = value;
      if (!persistent) return false;
      try {
        backend()!.setItem(key, value);
        return true;
      } catch {
        persistent = false; // quota or a newly blocked storage: keep going in memory
        return false;
      }
    },
    get persistent() {
      return persistent;
    },
  };
}
