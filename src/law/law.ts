import { locales } from '../i18n/locales';
import { countryFileSchema, lawFiles, lawProblems, lawTextSchema, type CountryFile, type LawText } from './data';

/** The law as the build reads it; it stops here when a fact lacks a source, words or a language. */
export const countries: Readonly<Record<string, CountryFile>> = lawFiles(
  countryFileSchema,
  import.meta.glob<unknown>('/content/law/countries/*.json', { eager: true, import: 'default' }),
);
const texts: Readonly<Record<string, LawText>> = lawFiles(
  lawTextSchema,
  import.meta.glob<unknown>('/content/law/text/*.json', { eager: true, import: 'default' }),
);

const problems = lawProblems(countries, texts, locales);
if (problems.length) throw new Error(`The law content is incomplete:\n- ${problems.join('\n- ')}`);

export function lawText(lang: string): LawText {
  return texts[lang]!;
}

export function countryFile(code: string): CountryFile {
  const file = countries[code];
  if (!file) throw new Error(`No law for country "${code}" in content/law/countries/`);
  return file;
}
