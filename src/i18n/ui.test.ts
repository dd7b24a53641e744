import { describe, expect, it } from 'vitest';
import { fill } from './fill';
import { parseUiStrings, uiStrings, useTranslations } from './ui';
import { uiSchema } from './ui-schema';

const schemaKeys = Object.keys(uiSchema.shape).sort();

describe('UI strings', () => {
  it('exist for the four languages', () => {
    expect(Object.keys(uiStrings).sort()).toEqual(['fr', 'hu', 'it', 'nl']);
  });

  it.each(Object.entries(uiStrings))('"%s" has exactly the keys of the schema', (_lang, strings) => {
    expect(Object.keys(strings).sort()).toEqual(schemaKeys);
  });

  it('names the language and the missing key', () => {
    const { 'search.close': _dropped, ...incomplete } = uiStrings.nl!;
    expect(() => parseUiStrings('xx', incomplete)).toThrow(/"xx".*missing key "search\.close"/);
  });

  it('names a key that only one language has', () => {
    expect(() => parseUiStrings('fr', { ...uiStrings.fr, 'nav.extra': 'En trop' })).toThrow(/"fr".*unknown key\(s\) "nav\.extra"/);
  });

  it('rejects empty strings', () => {
    expect(() => parseUiStrings('it', { ...uiStrings.it, 'nav.home': '  ' })).toThrow(/key "nav\.home"/);
  });

  it('uses the same {slots} in each string in every language, so filling them never fails', () => {
    const slots = (text: string) =>
      [...text.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    for (const key of schemaKeys) {
      const expected = slots(uiStrings.nl![key as keyof typeof uiStrings.nl]);
      for (const [lang, strings] of Object.entries(uiStrings)) expect(slots(strings[key as keyof typeof strings]), `${lang} ${key}`).toBe(expected);
    }
  });

  it('writes each language name in that language', () => {
    expect(Object.fromEntries(Object.entries(uiStrings).map(([lang, s]) => [lang, s['language.name']]))).toEqual({
      fr: 'Français',
      hu: 'Magyar',
      it: 'Italiano',
      nl: 'Nederlands',
    });
  });
});

describe('fill', () => {
  it('replaces named slots', () => {
    expect(fill('{done} van {total} klaar', { done: 4, total: 9 })).toBe('4 van 9 klaar');
  });

  it('throws on a slot without a value instead of printing braces', () => {
    expect(() => fill('Hallo {name}')).toThrow(/\{name\}/);
  });
});

describe('useTranslations', () => {
  it('returns the language own string', () => {
    expect(useTranslations('hu')('search.close')).toBe('Bezárás');
  });

  it('fills slots when given values, and keeps them for the browser when not', () => {
    const t = useTranslations('nl');
    expect(t('checklists.progress')).toContain('{done}');
    expect(t('checklists.progress', { done: 2, total: 9 })).not.toContain('{');
  });

  it('fails clearly for a language without strings', () => {
    expect(() => useTranslations('de')).toThrow(/content\/ui\/de\.json/);
  });
});
