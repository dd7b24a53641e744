import { translator, type KeysOf, type Namespace, type Strings, type Translator } from './translator';
import { uiSchema, type UiKey, type UiStrings } from './ui-schema';

/** Reads and validates one language's UI strings; the message names the language and the key. */
export function parseUiStrings(lang: string, data: unknown): UiStrings {
  const result = uiSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    const key = issue.path.join('.');
    return issue.input === undefined ? `missing key "${key}"` : `key "${key}": ${issue.message}`;
  });
  throw new Error(`UI strings for "${lang}" (content/ui/${lang}.json) are invalid: ${problems.join('; ')}`);
}

const files = import.meta.glob<unknown>('/content/ui/*.json', { eager: true, import: 'default' });

/** UI strings per language, keyed by language code (the JSON file's name). */
export const uiStrings: Readonly<Record<string, UiStrings>> = Object.fromEntries(
  Object.entries(files).map(([path, data]) => {
    const lang = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    return [lang, parseUiStrings(lang, data)];
  }),
);

export type Translate = Translator<UiKey> & {
  /** The strings of some namespaces and the shared "common" ones, for an island: `t.slice('quiz', 'clients')`. */
  slice<N extends Namespace>(...namespaces: N[]): Strings<KeysOf<N>>;
};

/**
 * The translation function for one language. With values, `{name}` slots are filled; without, the
 * string comes back as written, slots included, for islands that fill it in the browser.
 */
export function useTranslations(lang: string): Translate {
  const strings = uiStrings[lang];
  if (!strings) throw new Error(`No UI strings for language "${lang}": add content/ui/${lang}.json`);
  const slice = <N extends Namespace>(...namespaces: N[]) => {
    const prefixes = [...namespaces, 'common'].map((namespace) => `${namespace}.`);
    return Object.fromEntries(Object.entries(strings).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))) as Strings<KeysOf<N>>;
  };
  return Object.assign(translator<UiKey>(strings), { slice });
}
