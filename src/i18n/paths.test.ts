import { describe, expect, it } from 'vitest';
import { localePath, withBase } from './paths';

describe('localePath', () => {
  it('puts every page under its language', () => {
    expect(localePath('nl', 'waarschuwingssignalen')).toBe('/nl/waarschuwingssignalen/');
    expect(localePath('fr')).toBe('/fr/');
  });
});

describe('withBase', () => {
  it('leaves paths alone at the domain root', () => {
    expect(withBase('/it/cerca/', '/')).toBe('/it/cerca/');
  });

  it('prefixes a sub-path with or without its trailing slash', () => {
    expect(withBase('/it/cerca/', '/client-exit/')).toBe('/client-exit/it/cerca/');
    expect(withBase('/it/cerca/', '/client-exit')).toBe('/client-exit/it/cerca/');
    expect(withBase('favicon.svg', '/client-exit/')).toBe('/client-exit/favicon.svg');
  });
});
