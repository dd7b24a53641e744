import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The hreflang alternates of a built page, read from its own <link rel="alternate"> tags, so the sitemap
 * says exactly what the pages say (our slugs differ per language, which @astrojs/sitemap's i18n option
 * cannot pair by itself).
 */
export function builtAlternates(pageUrl: string, outDir: string, base: string): { lang: string; url: string }[] {
  const path = new URL(pageUrl).pathname.slice(base.length - 1);
  const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, url]) => ({ lang: lang!, url: url! }));
}
