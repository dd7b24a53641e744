import type { UiKey } from '../i18n/ui-schema';

/**
 * The site's tools, in the order the header and the home page show them. Each has a page per language at
 * its `slug` (a UI string), a `title` in the header, and an entry on the home page (`intro` and `cta`,
 * which the guide's <ToolHint tool="…"> links use too). Adding a tool: an entry here, its page in
 * src/pages/[lang]/, its UI strings and content, and its view and model (docs/ARCHITECTURE.md).
 */
export const tools = [
  { id: 'quiz', slug: 'quiz.slug', title: 'quiz.title', intro: 'quiz.intro', cta: 'quiz.cta' },
  { id: 'letters', slug: 'letters.slug', title: 'letters.title', intro: 'letters.intro', cta: 'letters.cta' },
  { id: 'invoices', slug: 'invoices.slug', title: 'invoices.title', intro: 'invoices.intro', cta: 'invoices.cta' },
  { id: 'checklists', slug: 'checklists.slug', title: 'checklists.title', intro: 'checklists.intro', cta: 'checklists.cta' },
] as const satisfies readonly { id: string; slug: UiKey; title: UiKey; intro: UiKey; cta: UiKey }[];

export type ToolId = (typeof tools)[number]['id'];
export type Tool = (typeof tools)[number];

export const toolIds: readonly ToolId[] = tools.map((tool) => tool.id);

export function toolById(id: ToolId): Tool {
  return tools.find((tool) => tool.id === id)!;
}
