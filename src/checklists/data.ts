import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const text = z.string().trim().min(1);

/** One language's checklists: content/checklists/<lang>.json. Ids are shared by every language. */
export const checklistFileSchema = z.strictObject({
  checklists: z
    .array(
      z.strictObject({
        id,
        title: text,
        intro: text,
        items: z
          .array(
            z.strictObject({
              id,
              text: text.max(120),
              why: text.max(180).optional(),
              /** The guide page that explains the item. */
              page: id,
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

export type ChecklistFile = z.infer<typeof checklistFileSchema>;
export type Checklist = ChecklistFile['checklists'][number];
export type ChecklistItem = Checklist['items'][number];

/** The ids of every checklist and item in reading order, e.g. "before-you-decide/cool-off". */
const shape = (file: ChecklistFile) => file.checklists.flatMap((list) => [list.id, ...list.items.map((item) => `${list.id}/${item.id}`)]);

/**
 * Everything that keeps the checklists from being the same in every language: missing or extra lists
 * and items (named with their language), items in a different order, an item id used twice.
 */
export function checklistProblems(files: Readonly<Record<string, ChecklistFile>>, locales: readonly string[]): string[] {
  const problems: string[] = [];
  for (const lang of locales) if (!files[lang]) problems.push(`no checklists for "${lang}": add content/checklists/${lang}.json`);
  const present = locales.filter((lang) => files[lang]);
  const union = [...new Set(present.flatMap((lang) => shape(files[lang]!)))];
  for (const lang of present) {
    const own = shape(files[lang]!);
    for (const entry of union) if (!own.includes(entry)) problems.push(`"${entry}" is missing in "${lang}"`);
    const items = files[lang]!.checklists.flatMap((list) => list.items.map((item) => item.id));
    for (const dup of new Set(items.filter((item, i) => items.indexOf(item) !== i))) problems.push(`item id "${dup}" is used twice in "${lang}"`);
  }
  const reference = present[0] ? shape(files[present[0]]!) : [];
  for (const lang of present.slice(1)) {
    const own = shape(files[lang]!);
    if (own.length === reference.length && own.some((entry, i) => entry !== reference[i])) {
      problems.push(`"${lang}" lists its checklists or items in another order than "${present[0]}"`);
    }
  }
  return problems;
}

export function parseChecklistFile(lang: string, data: unknown): ChecklistFile {
  const result = checklistFileSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  throw new Error(`content/checklists/${lang}.json is invalid: ${problems.join('; ')}`);
}
