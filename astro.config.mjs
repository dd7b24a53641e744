// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefind from './src/integrations/pagefind.ts';

// SITE_URL and BASE_PATH describe where the site is deployed (see README, "Deploy").
// OUT_DIR lets the tests build a second copy under a sub-path without touching dist/.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://client-exit.example',
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), pagefind()],
});
