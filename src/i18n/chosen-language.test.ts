import { describe, expect, it } from 'vitest';
import { storageKey } from '../storage/local-store';
import { rememberLanguage } from './chosen-language';
import { rememberedLanguage } from './remembered-language';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

const full = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

// In some browsers merely touching window.localStorage throws.
const blocked = () => {
  throw new DOMException('blocked', 'SecurityError');
};

describe('chosen language', () => {
  it('remembers a choice, under the key the root page reads', () => {
    const storage = memoryStorage();
    rememberLanguage('hu', () => storage);
    expect(rememberedLanguage(['fr', 'hu'], () => storage)).toBe('hu');
    expect(storage.getItem(storageKey('language'))).toBe('hu');
  });

  it('ignores a stored value the site does not offer', () => {
    const storage = memoryStorage();
    storage.setItem('client-exit:language', '<script>');
    expect(rememberedLanguage(['fr', 'hu'], () => storage)).toBeUndefined();
  });

  it('survives full storage', () => {
    expect(() => rememberLanguage('fr', () => full)).not.toThrow();
    expect(rememberedLanguage(['fr'], () => full)).toBeUndefined();
  });

  it('survives storage that throws when touched', () => {
    expect(() => rememberLanguage('fr', blocked)).not.toThrow();
    expect(rememberedLanguage(['fr'], blocked)).toBeUndefined();
  });

  it('works without any storage', () => {
    expect(rememberedLanguage(['fr'], () => undefined)).toBeUndefined();
  });
});
