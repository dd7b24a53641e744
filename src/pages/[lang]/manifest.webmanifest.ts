import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../i18n/locales';
import { localePath, withBase } from '../../i18n/paths';
import { useTranslations } from '../../i18n/ui';
import { installIcons } from '../../site/icons';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** A web app manifest per language, so an installed site carries the reader's language name. */
export const GET: APIRoute = ({ params }) => {
  const lang = params.lang!;
  const t = useTranslations(lang);
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: t('site.title'),
    short_name: t('site.title'),
    description: t('site.tagline'),
    lang,
    dir: 'ltr',
    start_url: withBase(localePath(lang), base),
    scope: withBase('/', base),
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#0a58a6',
    icons: [
      { src: withBase('/favicon.svg', base), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...installIcons.map(({ name, size, maskable }) => ({
        src: withBase(`/${name}.png`, base),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: maskable ? 'maskable' : 'any',
      })),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
