import { fill, type Values } from './fill';
import type { UiKey } from './ui-schema';

/** The first part of a UI key: "quiz" of "quiz.result.label". Shared words live under "common". */
export type Namespace = UiKey extends `${infer N}.${string}` ? N : never;

/** The UI keys under some namespaces, with the shared "common" ones: `KeysOf<'quiz'>`. */
export type KeysOf<N extends Namespace> = Extract<UiKey, `${N | 'common'}.${string}`>;

/**
 * One language's words for one part of the site, keyed as in content/ui/<lang>.json. The server slices
 * them (`t.slice('quiz')`, see ui.ts) and hands them to an island as one prop.
 */
export type Strings<K extends string = UiKey> = Readonly<Record<K, string>>;

/** Reads strings by key; with values, `{name}` slots are filled, without, the string comes back as written. */
export type Translator<K extends string> = (key: K, values?: Values) => string;

/** The translator over a slice of strings: the same one on the server and in an island. */
export const translator =
  <K extends string>(strings: Strings<K>): Translator<K> =>
  (key, values) =>
    values ? fill(strings[key], values) : strings[key];
