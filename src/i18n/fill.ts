/**
 * Fills `{name}` slots of a UI string. An unknown slot is an authoring error, so it throws rather than
 * print braces. Kept free of imports so islands can use it without shipping every language's strings.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in "${template}"`);
    return String(values[name]);
  });
}
