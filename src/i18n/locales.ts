import { uiStrings } from './ui';

/** The site's languages: one per file in content/ui/, in a stable order. */
export const locales: readonly string[] = Object.keys(uiStrings).sort();

export function isLocale(value: string | undefined): value is string {
  return value !== undefined && locales.includes(value);
}

/** The language's own name for itself, e.g. "Magyar" for hu. */
export function languageName(lang: string): string {
  const strings = uiStrings[lang];
  if (!strings) throw new Error(`Unknown language "${lang}"`);
  return strings['language.name'];
}
