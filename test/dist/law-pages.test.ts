import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CountryFile } from '../../src/law/data';
import { parsePage } from '../../src/integrations/page-html';
import { distDir, locales, projectDir, readHtml, uiString } from '../support/site';

// The rules pages as built: every fact with its source, and rate tables that never present an ended period as current.
const countries = Object.fromEntries(
  readdirSync(join(projectDir, 'content/law/countries')).map((file) => [
    file.replace(/\.json$/, ''),
    JSON.parse(readFileSync(join(projectDir, 'content/law/countries', file), 'utf8')) as CountryFile,
  ]),
);
const pages = locales.flatMap((lang) => Object.keys(countries).map((code) => ({ lang, code, file: `${lang}/${uiString(lang, 'law.slug')}/${code}/index.html` })));
// A day of margin either side: the build and the tests may straddle midnight.
const dayMs = 24 * 3600 * 1000;
const endedBeforeTheBuild = (to: string) => Date.parse(`${to}T00:00:00Z`) + 2 * dayMs < Date.now();

describe.each(pages)('the rules page $file', ({ code, file }) => {
  const root = parsePage(readHtml(distDir, file));
  const country = countries[code]!;
  const shown = [...country.facts, ...(country.alsoShow ?? []).map((id) => Object.values(countries).flatMap((c) => c.facts).find((f) => f.id === id)!)];

  it('prints every fact once, with its cite linked to the official source', () => {
    for (const fact of shown) {
      const item = root.querySelectorAll(`li.legal-fact#${fact.id}`);
      expect(item, fact.id).toHaveLength(1);
      const link = item[0]!.querySelector('.legal-source a')!;
      expect([link.getAttribute('href'), link.textContent]).toEqual([fact.source, fact.cite]);
    }
  });

  it('says when the last known rate period has ended, and marks no ended period as current', () => {
    for (const client of ['business', 'consumer'] as const) {
      const rows = country.statutoryInterest.filter((row) => row.client === client);
      if (rows.length === 0) continue;
      const last = rows.map((row) => row.to).sort().at(-1)!;
      if (endedBeforeTheBuild(last)) expect(root.querySelectorAll('.rate-current'), `${client}: a past period marked current`).toHaveLength(0);
    }
    const ended = country.statutoryInterest.filter((row) => endedBeforeTheBuild(row.to)).length;
    const tables = new Set(country.statutoryInterest.map((row) => row.client)).size;
    if (ended === country.statutoryInterest.length && tables > 0) expect(root.querySelectorAll('.rate-stale')).toHaveLength(tables);
  });
});
