/** The letters at build time: every language's templates, validated, and the words the page needs. */
import { languageName, locales } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import type { SampleSlot } from './compose';
import { countries } from '../law/law';
import { registers } from './letter-params';
import { parseLetterFile, type LetterFile } from './templates';

const files: Record<string, LetterFile> = Object.fromEntries(
  Object.entries(import.meta.glob<unknown>('/content/letters/*.json', { eager: true, import: 'default' })).map(([path, data]) => {
    const lang = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    return [lang, parseLetterFile(lang, data)];
  }),
);

// Every letter language has the clause of every country's law, in both registers: a letter may be written in
// any language under any country's law.
for (const [lang, file] of Object.entries(files))
  for (const register of registers)
    for (const country of Object.keys(countries))
      if (!file.law[register][country]) throw new Error(`content/letters/${lang}.json has no law.${register}.${country} clauses`);

/** One language's templates; the build stops when a site language has none. */
export function letterFile(lang: string): LetterFile {
  const file = files[lang];
  if (!file) throw new Error(`No letters for "${lang}": add content/letters/${lang}.json`);
  return file;
}

/** The letter languages on offer, each named in its own language. */
export const letterLanguages = () => locales.map((code) => ({ code, name: languageName(code) }));

/** The words of the sample letters' [brackets]: the form's label for what the reader types, a sample word for the rest. */
export function sampleLabel(lang: string): (slot: SampleSlot) => string {
  const t = useTranslations(lang);
  return (slot) => {
    switch (slot) {
      case 'lastDay':
      case 'count':
      case 'deliverable':
      case 'handoverItem':
        return t(`letters.sample.${slot}`);
      default:
        return t(`letters.field.${slot}`);
    }
  };
}
