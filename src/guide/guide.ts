/** One guide page in one language, as its front matter and file name describe it. */
export interface GuidePage {
  /** Stable id shared by every language: the file name, e.g. "warning-signs". */
  pageId: string;
  lang: string;
  /** The page's URL segment in its language; "" for the home page. */
  slug: string;
  title: string;
  description: string;
  /** Reading order; 0 is the home page, which stands outside the guide's sequence. */
  order: number;
}

/** Splits a content id such as "nl/warning-signs" (content/nl/warning-signs.mdx) into language and page. */
export function parseContentId(id: string): { lang: string; pageId: string } {
  const match = /^([a-z]{2,3})\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
  if (!match) throw new Error(`Guide file "${id}" must be content/<language>/<page-id>.mdx with a lowercase, hyphenated page id`);
  return { lang: match[1], pageId: match[2] };
}

/**
 * Everything that breaks "the same guide in every language": a page missing in a language, a language
 * folder with no UI strings, pages that disagree on their reading order, and slugs used twice.
 */
export function parityProblems(pages: readonly GuidePage[], locales: readonly string[]): string[] {
  const problems: string[] = [];
  const pageIds = [...new Set(pages.map((p) => p.pageId))].sort();
  for (const lang of new Set(pages.map((p) => p.lang))) {
    if (!locales.includes(lang)) problems.push(`content/${lang}/ has guide pages but there is no content/ui/${lang}.json`);
  }
  for (const pageId of pageIds) {
    const versions = pages.filter((p) => p.pageId === pageId);
    for (const lang of locales) {
      if (!versions.some((p) => p.lang === lang)) {
        problems.push(`page "${pageId}" is missing in "${lang}": add content/${lang}/${pageId}.mdx`);
      }
    }
    const orders = new Set(versions.map((p) => p.order));
    if (orders.size > 1) {
      problems.push(`page "${pageId}" has different "order" values across languages: ${versions.map((p) => `${p.lang}=${p.order}`).join(', ')}`);
    }
  }
  for (const lang of locales) {
    const slugs = new Map<string, string>();
    for (const page of pages.filter((p) => p.lang === lang)) {
      const other = slugs.get(page.slug);
      if (other) problems.push(`"${lang}" uses the slug "${page.slug}" for both "${other}" and "${page.pageId}"`);
      slugs.set(page.slug, page.pageId);
    }
  }
  return problems;
}

/** The guide's pages in one language, in reading order (the home page excluded). */
export function readingOrder(pages: readonly GuidePage[], lang: string): GuidePage[] {
  return pages.filter((p) => p.lang === lang && p.order > 0).sort((a, b) => a.order - b.order || a.pageId.localeCompare(b.pageId));
}

/** The pages before and after `pageId` in reading order, for the previous/next links. */
export function neighbours(pages: readonly GuidePage[], lang: string, pageId: string): { previous?: GuidePage; next?: GuidePage } {
  const sequence = readingOrder(pages, lang);
  const at = sequence.findIndex((p) => p.pageId === pageId);
  if (at === -1) return {};
  return { previous: sequence[at - 1], next: sequence[at + 1] };
}
