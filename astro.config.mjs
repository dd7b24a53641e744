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
  // A strict Content Security Policy on every page: Astro hashes its own scripts and styles; Pagefind
  // needs WebAssembly ('wasm-unsafe-eval'). Nothing may come from another host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
