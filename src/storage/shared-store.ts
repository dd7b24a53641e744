import { localStore, storageKey } from './local-store';

/**
 * A stored value shared by every island on the page and every open tab: islands subscribe, and a
 * change in one (or in another tab, through the `storage` event) reaches all of them.
 */
export interface SharedStore<T> {
  get(): T;
  /** Returns false when the value could only be kept in memory (storage blocked or full). */
  set(value: T): boolean;
  subscribe(listener: (value: T) => void): () => void;
  readonly persistent: boolean;
}

export function sharedStore<T>(name: string, parse: (raw: string | null) => T): SharedStore<T> {
  const store = localStore(name);
  const listeners = new Set<(value: T) => void>();
  let value = parse(store.read());
  const publish = () => listeners.forEach((listener) => listener(value));

  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key === storageKey(name)) {
      value = parse(event.newValue);
      publish();
    }
  });

  return {
    get: () => value,
    set: (next) => {
      value = next;
      const saved = store.write(JSON.stringify(next));
      publish();
      return saved;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get persistent() {
      return store.persistent;
    },
  };
}
