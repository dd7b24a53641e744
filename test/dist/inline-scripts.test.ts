import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScripts } from '../../src/integrations/csp-per-page';
import { parsePage, scriptKind, sourceText } from '../../src/integrations/page-html';
import { scriptsLoadedAfterPaint } from '../../src/integrations/scripts-after-paint';
import { distDir, htmlFiles, projectDir, readHtml, urlPathOf } from '../support/site';

/**
 * The header's scripts must stay inline. Astro inlines a component's script only when it imports no
 * module that another script shares; otherwise Vite makes that module a shared chunk and the script a
 * file of its own, which every page then fetches, and the guide pages' byte budgets fail with a bare
 * "over budget". This test names the cause instead.
 *
 * Each header script is recognised in the built pages by what it does, which minifying keeps: the
 * custom element it defines or the selector it looks up (any quotes: the minifier writes backticks).
 * The marker is checked against the component's source too, so it cannot go stale unnoticed.
 */
interface HeaderScript {
  component: string;
  /** The module the component's script imports, when the code is there rather than in the component. */
  source?: string;
  /** Matches the component's script, in its source and once built. */
  marker: RegExp;
  /** The markup the component renders: every page with it must carry the script inline. */
  selector: string;
}

const q = '[`\'"]';
const headerScripts: HeaderScript[] = [
  { component: 'src/components/Header.astro', source: 'src/islands/site-search.ts', marker: new RegExp(`customElements\\.define\\(\\s*${q}site-search${q}`), selector: 'site-search' },
  { component: 'src/components/Header.astro', source: 'src/islands/header.ts', marker: new RegExp(`${q}\\.language-switcher${q}`), selector: 'details.language-switcher' },
  { component: 'src/components/LanguageMemory.astro', marker: new RegExp(`${q}a\\[data-language\\]${q}`), selector: 'a[data-language]' },
];

const fileOf = (dir: string, url: string) => join(dir, new URL(url, 'http://x/').pathname);

/** The script files a page loads: its module scripts with a src, and those its loader imports after the first paint. */
function scriptFiles(root: ReturnType<typeof parsePage>): string[] {
  const own = root
    .querySelectorAll('script[src]')
    .filter((script) => scriptKind(script) !== 'data')
    .map((script) => script.getAttribute('src')!);
  return [...own, ...scriptsLoadedAfterPaint(root)];
}

/** What is wrong with the header scripts of a build: one message per component, naming the cause and the fix. */
function headerScriptsNotInline(dir: string, scripts = headerScripts): string[] {
  const pages = htmlFiles(dir).map((file) => ({ path: urlPathOf(file), root: parsePage(readHtml(dir, file)) }));
  const problems: string[] = [];
  for (const { component, marker, selector } of scripts) {
    const rendered = pages.filter(({ root }) => root.querySelector(selector));
    const notInline = rendered.filter(({ root }) => !inlineScripts(root).some((script) => marker.test(sourceText(script))));
    if (notInline.length === 0) continue;
    const files = new Set(
      notInline.flatMap(({ root }) => scriptFiles(root)).filter((src) => existsSync(fileOf(dir, src)) && marker.test(readFileSync(fileOf(dir, src), 'utf8'))),
    );
    const where = `${notInline.length} of the ${rendered.length} pages that render it (${notInline
      .slice(0, 3)
      .map(({ path }) => path)
      .join(', ')}${notInline.length > 3 ? ', …' : ''})`;
    problems.push(
      files.size > 0
        ? `the header script of ${component} is no longer inline on ${where}: it (or something it imports) imports a module another script ` +
            `shares; Astro then emits it as a separate file (${[...files].join(', ')}). Keep header scripts free of shared imports ` +
            `(copy the small constant) — see README ‘Measured’.`
        : `the header script of ${component} is missing from ${where}, inline or as a file: if it still runs there, its marker ${marker} ` +
            `no longer matches what it builds to; update it in test/dist/inline-scripts.test.ts.`,
    );
  }
  return problems;
}

describe('header scripts', () => {
  it.each(headerScripts)("$component: the marker matches the component's own script", ({ component, source, marker }) => {
    const scripts = source
      ? [readFileSync(join(projectDir, source), 'utf8')]
      : parsePage(readFileSync(join(projectDir, component), 'utf8'))
          .querySelectorAll('script')
          .map(sourceText);
    expect(scripts.filter((code) => marker.test(code)), `${source ?? component} has a script that ${marker} matches`).toHaveLength(1);
  });

  it('are inline on every page that renders them (Astro inlines a script that imports no shared module)', () => {
    const problems = headerScriptsNotInline(distDir);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('report a header script turned into a file with its cause and its fix, and one that vanished', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inline-scripts-'));
    for (const folder of ['_astro', 'nl', 'nl/zoeken', 'fr']) mkdirSync(join(dir, folder));
    const search = '<site-search><a href="/nl/zoeken/">Zoeken</a></site-search>';
    const inline = '<script type="module">customElements.define(`site-search`,class extends HTMLElement{})</script>';
    writeFileSync(join(dir, '_astro/Search.astro_astro_type_script_index_0_lang.x.js'), 'import"./local-store.js";customElements.define(`site-search`,S)');
    writeFileSync(join(dir, 'nl/index.html'), `${search}<script data-after-paint="/_astro/Search.astro_astro_type_script_index_0_lang.x.js">go()</script>`);
    writeFileSync(join(dir, 'nl/zoeken/index.html'), `${search}${inline}`);
    writeFileSync(join(dir, 'fr/index.html'), `${search}<script type="application/json">"customElements.define('site-search'"</script>`);
    const problems = headerScriptsNotInline(dir, headerScripts.slice(0, 1));
    expect(problems).toEqual([
      'the header script of src/components/Header.astro is no longer inline on 2 of the 3 pages that render it (/fr/, /nl/): it (or something ' +
        'it imports) imports a module another script shares; Astro then emits it as a separate file ' +
        '(/_astro/Search.astro_astro_type_script_index_0_lang.x.js). Keep header scripts free of shared imports (copy the small constant) — see README ‘Measured’.',
    ]);
    writeFileSync(join(dir, 'nl/index.html'), search);
    expect(headerScriptsNotInline(dir, headerScripts.slice(0, 1))[0]).toMatch(
      /^the header script of src\/components\/Header\.astro is missing from 2 of the 3 pages that render it \(\/fr\/, \/nl\/\), inline or as a file: .*update it in test\/dist\/inline-scripts\.test\.ts\.$/,
    );
  });
});
