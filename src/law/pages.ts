import { localePath } from '../i18n/paths';
import { useTranslations } from '../i18n/ui';
import type { SitePage } from '../site/page-table';
import { countryOrder } from './country';
import { countries, lawText } from './law';

/** The rules pages of one language: the index at /<lang>/<law.slug>/ and a page per country below it. */
export function lawPages(lang: string): SitePage[] {
  const t = useTranslations(lang);
  const words = lawText(lang);
  return [
    { id: 'law', lang, path: localePath(lang, t('law.slug')), title: t('law.title') },
    ...countryOrder(countries, lang).map((code) => ({
      id: `law-${code}`,
      lang,
      path: localePath(lang, `${t('law.slug')}/${code}`),
      title: words.countries[code]!.title,
    })),
  ];
}
