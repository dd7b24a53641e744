import { useEffect, useState } from 'preact/hooks';
import type { SharedStore } from './shared-store';

/** A Preact view of a shared store: re-renders when any island or tab changes the value. */
export function useSharedStore<T>(store: SharedStore<T>): [T, (value: T) => boolean] {
  const [value, setValue] = useState(store.get);
  useEffect(() => store.subscribe(setValue), [store]);
  return [value, store.set];
}
