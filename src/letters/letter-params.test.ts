import { describe, expect, it } from 'vitest';
import { letterParams } from './letter-link';
import { readLetterParams } from './letter-params';

describe('letter parameters', () => {
  it('round-trip a letter and a notice', () => {
    expect(readLetterParams(new URLSearchParams(letterParams('abusive-client', 'immediately')))).toEqual({
      letter: 'abusive-client',
      notice: 'immediately',
    });
  });

  it("carry the country whose law the quiz followed, for the letter generator's own reading (chosenCountry)", () => {
    expect(new URLSearchParams(letterParams('neutral', 'milestone', 'it')).get('country')).toBe('it');
    expect(new URLSearchParams(letterParams('neutral')).has('country')).toBe(false);
  });

  it('ignore unknown, tampered or missing values', () => {
    expect(readLetterParams(new URLSearchParams('?letter=<script>&notice=3-years'))).toEqual({});
    expect(readLetterParams(new URLSearchParams('?notice=30-days'))).toEqual({ notice: '30-days' });
    expect(readLetterParams(new URLSearchParams(''))).toEqual({});
  });
});
