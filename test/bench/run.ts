/**
 * `npm run bench`: builds the site, then measures each page type — bytes of HTML, CSS and JavaScript
 * (raw and gzip) and Lighthouse in mobile emulation (median of three runs) with Debian's Chromium.
 * Prints a table and writes it to test-results/bench.md. Not part of `npm test`: times vary by machine;
 * the byte budgets that do not are tests (test/dist/budgets.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../support/browser.ts';
import { pageWeight, toolPageJs } from '../support/page-weight.ts';
import { distDir, guideSlug, projectDir, uiString } from '../support/site.ts';
import { serveStatic } from '../support/static-server.ts';

const runs = 3;
const pageTypes: [string, string][] = [
  ['home', '/nl/'],
  ['guide page', `/nl/${guideSlug('nl', 'warning-signs')}/`],
  // The heaviest guide page: the longest text, with two checklists.
  ['guide page, heaviest', `/hu/${guideSlug('hu', 'ending-it')}/`],
  ['quiz', `/nl/${uiString('nl', 'quiz.slug')}/`],
  ['letters', `/nl/${uiString('nl', 'letters.slug')}/`],
  ['checklists', `/nl/${uiString('nl', 'checklists.slug')}/`],
  ['search', `/nl/${uiString('nl', 'search.slug')}/`],
  // A rules page: the longest list of facts, rate tables and the country choice.
  ['rules, one country', `/nl/${uiString('nl', 'law.slug')}/nl/`],
];

const start = performance.now();
execFileSync('npx', ['astro', 'build'], { cwd: projectDir, stdio: 'ignore' });
const buildSeconds = (performance.now() - start) / 1000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const { url, server } = await serveStatic(distDir);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumFlags],
});

const rows: string[] = [];
for (const [name, path] of pageTypes) {
  const weight = pageWeight(distDir, path);
  const allJs = toolPageJs(distDir, path);
  const results: { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> }[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
    results.push(result.lhr);
  }
  const score = (id: string) => median(results.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)));
  const metric = (id: string) => median(results.map((r) => r.audits[id]?.numericValue ?? NaN));
  rows.push(
    `| ${name} | ${kb(weight.html.raw)} / ${kb(weight.html.gzip)} | ${kb(weight.css.raw)} / ${kb(weight.css.gzip)} | ${kb(weight.js.raw)} / ${kb(weight.js.gzip)} | ${kb(weight.total.gzip)} | ${kb(allJs.gzip)} | ` +
      `${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ` +
      `${(metric('first-contentful-paint') / 1000).toFixed(2)} s | ${(metric('largest-contentful-paint') / 1000).toFixed(2)} s | ${Math.round(metric('total-blocking-time'))} ms | ${metric('cumulative-layout-shift').toFixed(3)} |`,
  );
}
chrome.kill();
server.close();

const table = [
  `Build: ${buildSeconds.toFixed(1)} s. Bytes in KB, raw / gzip, loaded before any interaction; "all JS" adds what the page's own scripts load to wake its tool. Lighthouse ${runs} runs, median, mobile emulation.`,
  '',
  '| page | HTML | CSS | JS | total gzip | all JS gzip | perf | a11y | best pr. | SEO | FCP | LCP | TBT | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
console.log(table);
mkdirSync(join(projectDir, 'test-results'), { recursive: true });
writeFileSync(join(projectDir, 'test-results', 'bench.md'), `${table}\n`);
