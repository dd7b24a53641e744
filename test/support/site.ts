import type { CountryFile } from '../../src/law/data';
import type { NoticeKind } from '../../src/letters/letter-params';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = join(projectDir, 'dist');
/** The same site built for a sub-path, as GitHub Pages serves project sites. */
export const subpathDistDir = join(projectDir, 'dist-subpath');
export const subpathBase = '/client-exit/';

export const locales = readdirSync(join(projectDir, 'content/ui'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

/** Every HTML file of a build, as paths relative to its folder ("nl/inleiding/index.html"). */
export function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The URL path a built file is served at ("nl/inleiding/index.html" -> "/nl/inleiding/"). */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/index\.html$/, '');
}

export function readHtml(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** A guide page's localized slug, read from its front matter (content/<lang>/<pageId>.mdx). */
export function guideSlug(lang: string, pageId: string): string {
  const source = readFileSync(join(projectDir, 'content', lang, `${pageId}.mdx`), 'utf8');
  const slug = /^slug:\s*"?([^"\n]*)"?\s*$/m.exec(source)?.[1];
  if (slug === undefined) throw new Error(`content/${lang}/${pageId}.mdx has no slug`);
  return slug;
}

/** A UI string of one language, as the site shows it. */
export function uiString(lang: string, key: string): string {
  const strings = JSON.parse(readFileSync(join(projectDir, 'content/ui', `${lang}.json`), 'utf8')) as Record<string, string>;
  const value = strings[key];
  if (value === undefined) throw new Error(`content/ui/${lang}.json has no "${key}"`);
  return value;
}

/** The notice "end it, with notice" proposes where a reader of `lang` works by default (content/law/countries/<lang>.json). */
export function defaultExitNotice(lang: string): NoticeKind | undefined {
  const country = JSON.parse(readFileSync(join(projectDir, 'content/law/countries', `${lang}.json`), 'utf8')) as CountryFile;
  return country.quiz.exitNotice;
}
