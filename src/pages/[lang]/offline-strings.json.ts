import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

const keys = ['offline.updateReady', 'offline.reload', 'offline.later'] as const;

/** What offline support says when a new version is ready (src/offline/offline.ts): fetched only then. */
export const GET: APIRoute = ({ params }) => {
  const t = useTranslations(params.lang!);
  return Response.json(Object.fromEntries(keys.map((key) => [key, t(key)])));
};
