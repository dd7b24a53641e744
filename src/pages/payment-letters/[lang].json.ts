/** Each language's payment letters as a static file: the unpaid-invoices page loads another language on demand. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../i18n/locales';
import { paymentLetterFile } from '../../invoices/payment-letters-content';

export const getStaticPaths = (() => locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(paymentLetterFile(params.lang!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
