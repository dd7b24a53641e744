import type { CountryFile } from './data';

/** The country code of "another country": the EU-wide rules, with a note that national law decides. */
export const otherCountry = 'eu';

type Countries = Readonly<Record<string, Pick<CountryFile, 'defaultFor' | 'offerFirstOn'>>>;

/** The country a reader of `lang` pages gets until they choose: the one whose file names the language, else "another country". */
export function defaultCountry(countries: Countries, lang: string): string {
  return Object.keys(countries).find((code) => countries[code]!.defaultFor.includes(lang)) ?? otherCountry;
}

/** The countries as a `lang` page lists them: its default, then those offered first on it (Belgium on nl and fr), then the rest, "another country" last. */
export function countryOrder(countries: Countries, lang: string): string[] {
  const first = defaultCountry(countries, lang);
  const codes = Object.keys(countries).sort();
  const rank = (code: string) => (code === first ? 0 : code === otherCountry ? 3 : countries[code]!.offerFirstOn.includes(lang) ? 1 : 2);
  return codes.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A stored or linked country as the store keeps it: a lowercase code, or null for anything else (junk stays harmless). */
export function parseCountry(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const value = raw.startsWith('"') ? safeJson(raw) : raw;
  return typeof value === 'string' && /^[a-z]{2}$/.test(value) ? value : null;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/**
 * The country whose rules a page applies: one a link carries (`?country=be`), else the one the reader
 * stored, else the page language's default. Unknown or hostile values are ignored, never an error.
 */
export function chosenCountry(options: { linked?: string | null; stored?: string | null; known: readonly string[]; fallback: string }): string {
  const { linked, stored, known, fallback } = options;
  for (const candidate of [linked, stored]) {
    const code = parseCountry(candidate?.toLowerCase());
    if (code && known.includes(code)) return code;
  }
  return fallback;
}
