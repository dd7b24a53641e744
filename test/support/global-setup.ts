import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir, subpathDistDir } from './site';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** The site tests read the built site and drive it over HTTP: check it is there, then serve it. */
export default async function setup(project: TestProject) {
  for (const dir of [distDir, subpathDistDir]) {
    if (!existsSync(`${dir}/index.html`)) {
      throw new Error(`${dir} has no built site. Run "npm test" (it builds first), or "npm run build && npm run build:subpath".`);
    }
  }
  const { url, server } = await serveStatic(distDir);
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
