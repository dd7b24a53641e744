import { describe, expect, it } from 'vitest';
import { localStore } from './local-store';

function memory() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('localStore', () => {
  it('reads and writes one namespaced key, leaving other keys alone', () => {
    const backend = memory();
    backend.setItem('someone-else', 'keep me');
    const store = localStore('ticks', () => backend);
    expect(store.write('{"a":1}')).toBe(true);
    expect(store.read()).toBe('{"a":1}');
    expect([...backend.data.keys()].sort()).toEqual(['client-exit:ticks', 'someone-else']);
    expect(backend.data.get('someone-else')).toBe('keep me');
    expect(store.persistent).toBe(true);
  });

  it('keeps values in memory when storage throws on access', () => {
    const store = localStore('ticks', () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(store.persistent).toBe(false);
    expect(store.read()).toBeNull();
    expect(store.write('x')).toBe(false);
    expect(store.read()).toBe('x');
  });

  it('falls back to memory when the quota is full, and says so', () => {
    const backend = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const store = localStore('ticks', () => backend);
    expect(store.persistent).toBe(true);
    expect(store.write('y')).toBe(false);
    expect(store.persistent).toBe(false);
    expect(store.read()).toBe('y');
  });

  it('works where there is no storage at all', () => {
    const store = localStore('ticks', () => undefined);
    expect(store.persistent).toBe(false);
    expect(store.write('z')).toBe(false);
    expect(store.read()).toBe('z');
  });
});
