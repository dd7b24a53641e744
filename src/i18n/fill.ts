/** A `{name}` slot in a UI string or a letter template. */
const slot = /\{([\w.]+)\}/g;

export type Values = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` slots of a UI string. An unknown slot is an authoring error, so it throws rather than
 * print braces. Kept free of imports so islands can use it without shipping every language's strings.
 */
export function fill(template: string, values: Values = {}): string {
  return template.replace(slot, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in "${template}"`);
    return String(values[name]);
  });
}

/**
 * Fills a letter's sentence: undefined when any slot has no value (or an empty one), so the letter
 * leaves the whole sentence out rather than print a gap.
 */
export function fillIfComplete(template: string, values: Values): string | undefined {
  let complete = true;
  const text = template.replace(slot, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') complete = false;
    return String(value ?? '');
  });
  return complete ? text : undefined;
}

/** The plural category of `count` in `lang` ("one", "other"…): the one place the site picks a plural form. */
export const pluralCategory = (lang: string, count: number): Intl.LDMLPluralRule => new Intl.PluralRules(lang).select(count);

/**
 * A UI string split around one slot that the page fills with markup (a link), its other slots filled:
 * "{cite}, checked on {date}" → ["", ", checked on 30 November 2026"].
 */
export function fillAround(template: string, name: string, values: Values = {}): [string, string] {
  const parts = template.split(`{${name}}`);
  if (parts.length !== 2) throw new Error(`"${template}" must hold {${name}} exactly once`);
  return [fill(parts[0]!, values), fill(parts[1]!, values)];
}
