import { describe, expect, it } from 'vitest';
import { chosenCountry, countryOrder, defaultCountry, parseCountry } from './country';

const countries = {
  nl: { defaultFor: ['nl'], offerFirstOn: [] },
  be: { defaultFor: [], offerFirstOn: ['nl', 'fr'] },
  hu: { defaultFor: ['hu'], offerFirstOn: [] },
  it: { defaultFor: ['it'], offerFirstOn: [] },
  fr: { defaultFor: ['fr'], offerFirstOn: [] },
  eu: { defaultFor: [], offerFirstOn: [] },
};

describe('defaultCountry', () => {
  it.each([
    ['nl', 'nl'],
    ['hu', 'hu'],
    ['it', 'it'],
    ['fr', 'fr'],
    ['de', 'eu'],
  ])('a %s page defaults to %s', (lang, code) => {
    expect(defaultCountry(countries, lang)).toBe(code);
  });
});

describe('countryOrder', () => {
  it('puts the default first, Belgium next on Dutch and French pages, and "another country" last', () => {
    expect(countryOrder(countries, 'nl')).toEqual(['nl', 'be', 'fr', 'hu', 'it', 'eu']);
    expect(countryOrder(countries, 'fr')).toEqual(['fr', 'be', 'hu', 'it', 'nl', 'eu']);
    expect(countryOrder(countries, 'hu')).toEqual(['hu', 'be', 'fr', 'it', 'nl', 'eu']);
  });
});

describe('chosenCountry', () => {
  const known = Object.keys(countries);
  it('takes a linked country over a stored one, and a stored one over the default', () => {
    expect(chosenCountry({ linked: 'be', stored: 'it', known, fallback: 'nl' })).toBe('be');
    expect(chosenCountry({ linked: 'BE', stored: null, known, fallback: 'nl' })).toBe('be');
    expect(chosenCountry({ linked: null, stored: '"it"', known, fallback: 'nl' })).toBe('it');
    expect(chosenCountry({ known, fallback: 'nl' })).toBe('nl');
  });

  it.each([['de'], ['<script>alert(1)</script>'], ['__proto__'], ['constructor'], [''], ['be '], ['{"country":"be"}'], ['"b']])(
    'ignores %j, linked or stored, and falls back without an error',
    (junk) => {
      expect(chosenCountry({ linked: junk, stored: junk, known, fallback: 'fr' })).toBe('fr');
    },
  );
});

describe('parseCountry', () => {
  it('keeps a two-letter code, plain or as stored JSON, and nothing else', () => {
    expect(parseCountry('be')).toBe('be');
    expect(parseCountry('"hu"')).toBe('hu');
    expect(parseCountry(42)).toBeNull();
    expect(parseCountry('"{broken')).toBeNull();
    expect(parseCountry(null)).toBeNull();
  });
});
