import { describe, expect, it } from 'vitest';
import { bestLocale } from './best-locale';

const available = ['fr', 'hu', 'it', 'nl'];

describe('bestLocale', () => {
  it('matches a regional tag on its language', () => {
    expect(bestLocale(['fr-BE'], available)).toBe('fr');
    expect(bestLocale(['nl_NL'], available)).toBe('nl');
  });

  it('takes the first preferred language the site has', () => {
    expect(bestLocale(['de-DE', 'en', 'it-CH', 'fr'], available)).toBe('it');
  });

  it('ignores case and whitespace', () => {
    expect(bestLocale([' HU-hu '], available)).toBe('hu');
  });

  it('gives nothing when no language fits, so the reader chooses', () => {
    expect(bestLocale(['en-US', 'de'], available)).toBeUndefined();
    expect(bestLocale([], available)).toBeUndefined();
  });
});
