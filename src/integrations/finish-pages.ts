import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withOwnHashes } from './csp-per-page.ts';
import { scriptsAfterPaint } from './scripts-after-paint.ts';

/** Rewrites of every built page, in order: the CSP comes last, since it hashes the final inline scripts. */
const finishing = [scriptsAfterPaint, withOwnHashes];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** Finishes each built page: its scripts wait for the first paint, its CSP lists only its own hashes. */
export default function finishPages(): AstroIntegration {
  return {
    name: 'client-exit:finish-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const finished = finishing.reduce((page, finish) => finish(page), html);
          if (finished !== html) await writeFile(file, finished);
        }
      },
    },
  };
}
