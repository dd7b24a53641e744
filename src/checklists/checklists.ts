import { locales } from '../i18n/locales';
import { withBase } from '../i18n/paths';
import { useTranslations } from '../i18n/ui';
import { findPage } from '../site/page-table';
import { guidePages, sitePages } from '../site/pages';
import { checklistProblems, parseChecklistFile, type ChecklistFile } from './data';
import type { LiveStrings } from '../i18n/live-strings';
import type { ChecklistViewItem } from './ChecklistView';

const files: Record<string, ChecklistFile> = Object.fromEntries(
  Object.entries(import.meta.glob<unknown>('/content/checklists/*.json', { eager: true, import: 'default' })).map(([path, data]) => {
    const lang = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    return [lang, parseChecklistFile(lang, data)];
  }),
);

let checked: Promise<void> | undefined;

/** The checklists must match across languages and point at guide pages that exist; else the build stops. */
function check(): Promise<void> {
  checked ??= guidePages().then((pages) => {
    const problems = checklistProblems(files, locales);
    const pageIds = new Set(pages.map((p) => p.pageId));
    for (const [lang, file] of Object.entries(files)) {
      for (const item of file.checklists.flatMap((list) => list.items)) {
        if (!pageIds.has(item.page)) problems.push(`"${lang}" item "${item.id}" points at an unknown guide page "${item.page}"`);
      }
    }
    if (problems.length) throw new Error(`The checklists are not the same in every language:\n- ${problems.join('\n- ')}`);
  });
  return checked;
}

export interface ChecklistProps {
  id: string;
  title: string;
  intro: string;
  items: ChecklistViewItem[];
}

/** Every checklist of one language, with each item's link to its guide page. */
export async function checklistsFor(lang: string): Promise<ChecklistProps[]> {
  await check();
  const pages = await sitePages();
  const file = files[lang];
  if (!file) throw new Error(`No checklists for "${lang}"`);
  const readMore = useTranslations(lang)('checklists.readMore');
  return file.checklists.map((list) => ({
    id: list.id,
    title: list.title,
    intro: list.intro,
    items: list.items.map((item) => {
      const page = findPage(pages, item.page, lang);
      return {
        id: item.id,
        text: item.text,
        why: item.why,
        more: { href: withBase(page.path, import.meta.env.BASE_URL), label: `${readMore} ${page.title}` },
      };
    }),
  }));
}

/** Everything the checklists and the client manager say, in one language: served as /<lang>/live-strings.json. */
export const liveStrings = (lang: string): LiveStrings => useTranslations(lang).slice('checklists', 'clients');
