import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../i18n/locales';
import { allGuideRules } from '../../law/guide-rules';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** Every country's rules per guide topic, for a guide page whose reader works in another country (islands/country-rules.ts). */
export const GET: APIRoute = ({ params }) => Response.json(allGuideRules(params.lang!));
