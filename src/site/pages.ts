import { getCollection, type CollectionEntry } from 'astro:content';
import { parityProblems, parseContentId, type GuidePage } from '../guide/guide';
import { locales } from '../i18n/locales';
import { localePath } from '../i18n/paths';
import { useTranslations } from '../i18n/ui';
import { pathClashes, type SitePage } from './page-table';
import { tools } from './tools';
import { lawPages } from '../law/pages';

export interface GuideEntry extends GuidePage {
  entry: CollectionEntry<'guide'>;
}

let guideCache: Promise<GuideEntry[]> | undefined;

/** Every guide page in every language; the build stops here when a translation is missing. */
export function guidePages(): Promise<GuideEntry[]> {
  guideCache ??= getCollection('guide').then((entries) => {
    const pages = entries.map((entry) => ({ ...parseContentId(entry.id), ...entry.data, entry }));
    const problems = parityProblems(pages, locales);
    if (problems.length) throw new Error(`The guide is not the same in every language:\n- ${problems.join('\n- ')}`);
    return pages;
  });
  return guideCache;
}

/** Pages that are not guide content; their slugs and titles are UI strings. */
function toolPages(lang: string): SitePage[] {
  const t = useTranslations(lang);
  return [
    { id: 'search', lang, path: localePath(lang, t('search.slug')), title: t('search.title') },
    ...tools.map((tool) => ({ id: tool.id, lang, path: localePath(lang, t(tool.slug)), title: t(tool.title) })),
    { id: 'data', lang, path: localePath(lang, t('data.slug')), title: t('data.title') },
    { id: '404', lang, path: localePath(lang, '404'), title: t('notFound.title') },
  ];
}

/** Every page of the site in every language: the table behind hreflang links and the language switcher. */
export async function sitePages(): Promise<SitePage[]> {
  const guide = await guidePages();
  const pages = [
    ...guide.map(({ pageId, lang, slug, title }) => ({ id: pageId, lang, path: localePath(lang, slug), title })),
    ...locales.flatMap(toolPages),
    ...locales.flatMap(lawPages),
  ];
  const clashes = pathClashes(pages);
  if (clashes.length) throw new Error(`Two pages share a URL:\n- ${clashes.join('\n- ')}`);
  return pages;
}
