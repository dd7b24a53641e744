/** The `{name}` slots of a template line. Kept apart from the schema so the browser never loads zod. */
export const placeholdersIn = (value: string): string[] => [...value.matchAll(/\{([A-Za-z0-9.]+)\}/g)].map((m) => m[1]!);
