// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import finishPages from './src/integrations/finish-pages.ts';
import offline from './src/integrations/offline.ts';
import pagefind from './src/integrations/pagefind.ts';
import { builtAlternates } from './src/integrations/sitemap-alternates.ts';

// SITE_URL and BASE_PATH describe where the site is deployed (see README, "Deploy").
// OUT_DIR lets the tests build a second copy under a sub-path without touching dist/.
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://client-exit.example',
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Scoped styles as classes (astro-xxxx) rather than data-astro-cid-xxxx attributes: the same specificity, fewer bytes.
  scopedStyleStrategy: 'class',
  // An island that wakes late loads its code with import() (src/islands/island.ts). Vite wraps each import()
  // in a preload helper that fetches the chunk's imports ahead (0.9 KB gzip) and lists them per import: on
  // a guide page that weighed more than the checklist it loads. Without preloading (the first plugin; Astro
  // sets build.modulePreload itself) the helper only calls the import, so the second plugin makes it just
  // that; a waking island's module then fetches its own imports.
  vite: {
    // Fewer, larger chunks compress better: Preact's modules (core, hooks, JSX runtime) as one file, and the
    // stores with the reader's country and fill as another, since whatever loads one loads the rest.
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
              { name: 'store', test: /src[\\/](storage[\\/](local-store|shared-store|parse-json)|law[\\/]country(-store)?|i18n[\\/]fill)\.ts$/ },
            ],
          },
        },
      },
    },
    plugins: [
      { name: 'islands-without-preloading', configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined) },
      {
        name: 'islands-bare-preload-helper',
        enforce: 'pre',
        load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
      },
    ],
  },
  integrations: [
    mdx(),
    preact(),
    sitemap({
      // Not-found pages are no content to list.
      filter: (page) => !/\/404(\.html|\/)?$/.test(page),
      serialize: (item) => ({ ...item, links: builtAlternates(item.url, outDir, base.endsWith('/') ? base : `${base}/`) }),
    }),
    finishPages(),
    pagefind(),
    offline({ base }),
  ],
  // A strict Content Security Policy on every page: Astro hashes its own scripts and styles (finishPages then
  // keeps only each page's own); Pagefind needs WebAssembly ('wasm-unsafe-eval'). Nothing may come from
  // another host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
