/** Each language's letter templates as a static file: the letter page loads another language on demand. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../i18n/locales';
import { letterFile } from '../../letters/letters';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(letterFile(params.lang!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
