import { describe, expect, it } from 'vitest';
import { countryFileSchema, lawProblems, parseLawFile, type CountryFile, type LawText } from './data';

const fact = (id: string, source = 'https://wetten.overheid.nl/BWBR0005290/') => ({
  id,
  topic: 'ending' as const,
  client: 'any' as const,
  act: 'Burgerlijk Wetboek Boek 7',
  cite: 'art. 7:408 lid 1 BW',
  source,
  checked: '2026-11-30',
  readIn: 'test',
  quote: 'De opdrachtgever kan te allen tijde de opdracht opzeggen.',
});
const country = (overrides: Partial<CountryFile> = {}): CountryFile => ({
  country: 'NL',
  defaultFor: ['nl'],
  offerFirstOn: [],
  facts: [fact('nl-a')],
  lateClaims: { business: {}, consumer: {} },
  statutoryInterest: [],
  quiz: { basis: [] },
  guide: {},
  rateSources: {},
  help: [{ id: 'nl-kvk', name: 'KVK', url: 'https://www.kvk.nl', what: 'register' }],
  ...overrides,
});
const words = (overrides: Partial<LawText> = {}): LawText => ({
  facts: { 'nl-a': 'Je opdrachtgever mag altijd opzeggen.' },
  countries: {
    nl: {
      name: 'Nederland',
      title: 'De regels in Nederland',
      description: 'x'.repeat(60),
      intro: 'Intro.',
      quizExit: 'Maak af.',
      quizEndNow: 'Bewaar.',
      send: 'Aangetekend.',
    },
  },
  help: { 'nl-kvk': 'Het handelsregister.' },
  ...overrides,
});
const rate = (client: 'business' | 'consumer', from: string, to: string, source = 'https://www.ecb.europa.eu/') => ({
  client,
  from,
  to,
  ratePercent: 10,
  how: 'test',
  source,
  checked: '2026-11-30',
});

describe('lawProblems', () => {
  it('finds nothing in complete, sourced data', () => {
    expect(lawProblems({ nl: country() }, { nl: words(), fr: words() }, ['fr', 'nl'])).toEqual([]);
  });

  it('names a source off the official hosts, for a fact and for a rate', () => {
    const nl = country({
      facts: [fact('nl-a', 'https://www.some-law-firm.nl/7-408')],
      statutoryInterest: [rate('business', '2026-01-01', '2026-06-30', 'http://www.ecb.europa.eu/')],
    });
    expect(lawProblems({ nl }, { nl: words() }, ['nl'])).toEqual([
      'nl: fact "nl-a" cites https://www.some-law-firm.nl/7-408, which is not an official host (src/law/official-hosts.ts)',
      'nl: the business rate from 2026-01-01 cites http://www.ecb.europa.eu/, which is not an official host',
    ]);
  });

  it('names a fact, help entry or country missing in a language, and words for unknown ones', () => {
    const hu = words({ facts: { 'nl-b': 'x' }, help: {}, countries: {} });
    expect(lawProblems({ nl: country() }, { nl: words(), hu }, ['hu', 'it', 'nl'])).toEqual([
      '"hu" has no words for fact "nl-a" (content/law/text/hu.json)',
      '"hu" has words for an unknown fact "nl-b"',
      '"hu" has no words for help entry "nl-kvk"',
      '"hu" has no page words for country "nl"',
      'no words for the law in "it": add content/law/text/it.json',
    ]);
  });

  it('names a fact id used twice, and rate periods that overlap or run backwards', () => {
    const nl = country({
      facts: [fact('nl-a'), fact('nl-a')],
      statutoryInterest: [
        rate('business', '2026-01-01', '2026-06-30'),
        rate('business', '2026-06-30', '2026-12-31'),
        rate('consumer', '2026-07-01', '2026-01-01'),
      ],
    });
    expect(lawProblems({ nl }, { nl: words() }, ['nl'])).toEqual([
      'nl: the consumer rate period 2026-07-01–2026-01-01 ends before it starts',
      'nl: the business rate periods from 2026-01-01 and 2026-06-30 overlap',
      'fact id "nl-a" is used twice',
    ]);
  });
});

describe('parseLawFile', () => {
  it('names the file and each wrong field', () => {
    const broken = { ...country(), facts: [{ ...fact('nl-a'), checked: '30-11-2026', source: 'not a url' }] };
    expect(() => parseLawFile(countryFileSchema, 'content/law/countries/nl.json', broken)).toThrow(
      /^content\/law\/countries\/nl\.json is invalid: facts\.0\.source: .*; facts\.0\.checked: a date as YYYY-MM-DD$/,
    );
  });

  it('refuses a fact without a source', () => {
    const { source: _unused, ...unsourced } = fact('nl-a');
    expect(() => parseLawFile(countryFileSchema, 'nl.json', { ...country(), facts: [unsourced] })).toThrow(/facts\.0\.source/);
  });
});
