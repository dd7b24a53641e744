import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import favicon from '../../public/favicon.svg?raw';
import { installIcons } from '../site/icons';

export const getStaticPaths = (() => installIcons.map((icon) => ({ params: { icon: icon.name }, props: icon }))) satisfies GetStaticPaths;

/**
 * The PNG icons browsers want before they offer to install the site, drawn at build from the favicon.
 * A maskable icon fills its square: the platform cuts its own shape, keeping the middle 80 %, so the
 * arrow is drawn smaller on a background without rounded corners.
 */
export const GET: APIRoute = ({ props }) => {
  const { size, maskable } = props as (typeof installIcons)[number];
  const svg = maskable
    ? favicon
        .replace(/<rect[^>]*\/>/, '<rect width="32" height="32" fill="#0a58a6"/>')
        .replace('<path ', '<path transform="translate(3.2 3.2) scale(0.8)" ')
    : favicon;
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
