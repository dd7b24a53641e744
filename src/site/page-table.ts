/** A page of the site in one language: what the language switcher and hreflang links point at. */
export interface SitePage {
  /** Stable id shared by the page's translations, e.g. "warning-signs" or "search". */
  id: string;
  lang: string;
  /** Path without the deployment base, e.g. "/nl/waarschuwingssignalen/". */
  path: string;
  title: string;
}

/** The page `id` in every language that has it, in the order of `locales`. */
export function translationsOf(pages: readonly SitePage[], id: string, locales: readonly string[]): SitePage[] {
  return locales.flatMap((lang) => pages.filter((p) => p.id === id && p.lang === lang));
}

/** Whether page `id` exists in `lang` (a tool's page only exists once the tool is built). */
export function hasPage(pages: readonly SitePage[], id: string, lang: string): boolean {
  return pages.some((p) => p.id === id && p.lang === lang);
}

export function findPage(pages: readonly SitePage[], id: string, lang: string): SitePage {
  const page = pages.find((p) => p.id === id && p.lang === lang);
  if (!page) throw new Error(`No page "${id}" in "${lang}"`);
  return page;
}

/** Two pages of one language must never share a path; the message names both. */
export function pathClashes(pages: readonly SitePage[]): string[] {
  const seen = new Map<string, SitePage>();
  const clashes: string[] = [];
  for (const page of pages) {
    const other = seen.get(page.path);
    if (other) clashes.push(`"${other.id}" and "${page.id}" both live at ${page.path}`);
    seen.set(page.path, page);
  }
  return clashes;
}
