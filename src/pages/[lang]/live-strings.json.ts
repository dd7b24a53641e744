import type { APIRoute, GetStaticPaths } from 'astro';
import { liveStrings } from '../../checklists/checklists';
import { locales } from '../../i18n/locales';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** The words the checklists and the client manager add once they come alive (see i18n/live-strings.ts). */
export const GET: APIRoute = ({ params }) => Response.json(liveStrings(params.lang!));
