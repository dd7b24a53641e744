/**
 * The guide has the same shape in every language: the same pages, the same number of `##` sections per
 * page, no h1 in a body (the layout renders the title as the h1), enough text, well-formed `<ToolHint>`s,
 * `<Checklist>`s that exist, and relative links that land on a page of the same language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bodyProse,
  checklistUses,
  contentDir,
  h2Headings,
  headings,
  isRelativeLink,
  links,
  locales,
  pageIds,
  pagePath,
  parsePage,
  readPages,
  resolveLink,
  toolHints,
  toolNames,
  words,
  type Page,
} from './support';
import { uiString } from '../support/site';
import { tools } from '../../src/site/tools';

const minWordsPerLanguage = 3500;

/** Page ids missing from a language that another language has. */
function missingPages(idsByLang: Record<string, string[]>): string[] {
  const all = [...new Set(Object.values(idsByLang).flat())].sort();
  return Object.entries(idsByLang).flatMap(([lang, ids]) =>
    all.filter((id) => !ids.includes(id)).map((id) => `content/${lang}/${id}.mdx is missing`),
  );
}

/** Pages whose number of `##` sections differs between languages: "faq: nl 6, hu 5, …". */
function sectionMismatches(pagesByLang: Record<string, Page[]>): string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const [lang, pages] of Object.entries(pagesByLang)) {
    for (const page of pages) {
      if (!counts.has(page.pageId)) counts.set(page.pageId, new Map());
      counts.get(page.pageId)!.set(lang, h2Headings(page).length);
    }
  }
  return [...counts]
    .filter(([, byLang]) => new Set(byLang.values()).size > 1)
    .map(([pageId, byLang]) => `${pageId}: ${[...byLang].map(([lang, n]) => `${lang} ${n}`).join(', ')} sections`);
}

/** `#` (h1) headings in a body. */
function h1Headings(page: Page): string[] {
  return headings(page)
    .filter((h) => h.level === 1)
    .map((h) => `${page.file}:${h.line}: "# ${h.text}"`);
}

/** `<ToolHint>`s that name no known tool or have no text (one left open does not parse: see parsePage). */
function toolHintProblems(page: Page): string[] {
  return toolHints(page).flatMap((hint) => {
    const where = `${page.file}:${hint.line}`;
    const problems: string[] = [];
    if (!hint.tool || !(toolNames as readonly string[]).includes(hint.tool)) {
      problems.push(`${where}: tool="${hint.tool ?? ''}" is not one of ${toolNames.join(', ')}`);
    }
    if (!/\p{L}/u.test(hint.text)) problems.push(`${where}: <ToolHint> has no text`);
    return problems;
  });
}

/** `<Checklist>`s that name no checklist of the page's language (the build would fail on them). */
function checklistProblems(page: Page, ids: string[]): string[] {
  return checklistUses(page)
    .filter((use) => !use.id || !ids.includes(use.id))
    .map((use) => `${page.file}:${use.line}: <Checklist id="${use.id ?? ''}"> is not a checklist of content/checklists/${page.lang}.json`);
}

/** The ids of a language's checklists. */
function checklistIds(lang: string): string[] {
  const data = JSON.parse(readFileSync(join(contentDir, 'checklists', `${lang}.json`), 'utf8')) as { checklists: { id: string }[] };
  return data.checklists.map((list) => list.id);
}

/**
 * Relative links that do not land on a page of the same language. A link is resolved against the URL of
 * the page it stands on ("/nl/<slug>/", or "/nl/" for home), as the browser does, so `../x/` is right on a
 * guide page and wrong on the home page.
 */
function linkProblems(page: Page, slugs: Map<string, string>, extraPaths: string[] = []): string[] {
  const from = pagePath(page.lang, page.frontMatter.slug ?? '');
  const targets = new Set([...[...slugs.keys()].map((slug) => pagePath(page.lang, slug)), ...extraPaths]);
  return links(page)
    .filter((link) => isRelativeLink(link.target))
    .flatMap((link) => {
      const resolved = resolveLink(from, link.target.replace(/[?#].*$/, ''));
      if (targets.has(resolved)) return [];
      const other = locales.find((lang) => lang !== page.lang && resolved.startsWith(`/${lang}/`));
      const why = other ? `a path in /${other}/, not /${page.lang}/` : `no page of ${page.lang} is at ${resolved}`;
      return [`${page.file}:${link.line}: ](${link.target}) -> ${resolved}: ${why}`];
    });
}

/** slug -> page id for one language. */
function slugsOf(pages: Page[]): Map<string, string> {
  return new Map(pages.map((page) => [page.frontMatter.slug ?? '', page.pageId]));
}

const pagesByLang: Record<string, Page[]> = Object.fromEntries(locales.map((lang) => [lang, readPages(lang)]));

describe('the guide in every language', () => {
  it('has the same page ids in every language', () => {
    const problems = missingPages(Object.fromEntries(locales.map((lang) => [lang, pageIds(lang)])));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has the same number of ## sections on each page in every language', () => {
    const problems = sectionMismatches(pagesByLang);
    expect(problems, `Section counts differ:\n${problems.join('\n')}\n`).toEqual([]);
  });
});

describe.each(locales)('structure of %s', (lang) => {
  const pages = pagesByLang[lang]!;

  it('has no # (h1) heading in a page body', () => {
    const problems = pages.flatMap(h1Headings);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it(`has at least ${minWordsPerLanguage} words of guide text`, () => {
    const counts = pages.map((page) => ({ pageId: page.pageId, words: words(bodyProse(page)).length }));
    const total = counts.reduce((sum, c) => sum + c.words, 0);
    const table = counts.map((c) => `${c.pageId} ${c.words}`).join(', ');
    console.log(`${lang}: ${total} words of guide body text (${table})`);
    expect(total, `${lang} has ${total} words of guide body text (${table})`).toBeGreaterThanOrEqual(minWordsPerLanguage);
  });

  it('names a known tool and gives text in every <ToolHint>', () => {
    const problems = pages.flatMap(toolHintProblems);
    console.log(`${lang}: ${pages.flatMap(toolHints).length} <ToolHint>s`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('places only checklists the language has', () => {
    const ids = checklistIds(lang);
    const problems = pages.flatMap((page) => checklistProblems(page, ids));
    console.log(`${lang}: ${pages.flatMap(checklistUses).length} <Checklist>s`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('links relatively only to pages of the same language', () => {
    const slugs = slugsOf(pages);
    // Besides guide pages, a link may open the search page or a tool (save-it-first opens each step of the payment ladder).
    const otherPages = [pagePath(lang, uiString(lang, 'search.slug')), ...tools.map((tool) => pagePath(lang, uiString(lang, tool.slug)))];
    const problems = pages.flatMap((page) => linkProblems(page, slugs, otherPages));
    console.log(`${lang}: ${pages.flatMap((page) => links(page).filter((l) => isRelativeLink(l.target))).length} relative links`);
    expect(problems, `Broken relative links:\n${problems.join('\n')}\n`).toEqual([]);
  });
});

describe('the structure checks themselves', () => {
  const page = (lang: string, pageId: string, slug: string, body: string) =>
    parsePage(lang, pageId, `---\ntitle: "T"\ndescription: "D"\nslug: "${slug}"\norder: 1\n---\n${body}`);

  it('reports a page missing from one language', () => {
    expect(missingPages({ nl: ['faq', 'home'], fr: ['home'] })).toEqual(['content/fr/faq.mdx is missing']);
  });

  it('reports a page with a different number of ## sections, with each language and count', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `## Section ${i}\n\nText.\n\n### Sub\n`).join('\n');
    const problems = sectionMismatches({
      nl: [page('nl', 'faq', 'veelgestelde-vragen', body(6)), page('nl', 'home', '', body(0))],
      hu: [page('hu', 'faq', 'gyik', body(5)), page('hu', 'home', '', body(0))],
      it: [page('it', 'faq', 'domande-frequenti', `${body(6)}\n\`\`\`\n## not a heading\n\`\`\`\n`), page('it', 'home', '', body(0))],
    });
    expect(problems).toEqual(['faq: nl 6, hu 5, it 6 sections']);
  });

  it('reports an h1 in a body, and not a ## or a # inside code', () => {
    const p = page('nl', 'faq', 'faq', '\n# Titel\n\n## Sectie\n\n```sh\n# comment\n```\n');
    expect(h1Headings(p)).toEqual(['content/nl/faq.mdx:8: "# Titel"']);
  });

  it('reports a <ToolHint> with an unknown tool or without text', () => {
    const p = page(
      'fr',
      'faq',
      'faq',
      [
        '<ToolHint tool="quiz">',
        'Pas encore sûr ? Répondez à quinze questions.',
        '</ToolHint>',
        '<ToolHint tool="calculator">',
        'Calculez votre tarif.',
        '</ToolHint>',
        '<ToolHint tool="letters">',
        '</ToolHint>',
        '<ToolHint tool={"checklists"} />',
        '<ToolHint>',
        'Sans outil.',
        '</ToolHint>',
      ].join('\n'),
    );
    expect(toolHintProblems(p)).toEqual([
      'content/fr/faq.mdx:10: tool="calculator" is not one of quiz, letters, invoices, checklists',
      'content/fr/faq.mdx:13: <ToolHint> has no text',
      'content/fr/faq.mdx:15: <ToolHint> has no text',
      'content/fr/faq.mdx:16: tool="" is not one of quiz, letters, invoices, checklists',
    ]);
  });

  it('rejects a page with a <ToolHint> left open, naming its file and line', () => {
    const body = ['Texte.', '', '<ToolHint tool="checklists">', 'Jamais fermé.'].join('\n');
    expect(() => page('fr', 'faq', 'faq', body)).toThrow('content/fr/faq.mdx:9: Expected a closing tag for `<ToolHint>` (9:1-9:29)');
  });

  it('reports a <Checklist> whose id no checklist of the language has', () => {
    const p = page('nl', 'faq', 'faq', '## Sectie\n\n<Checklist id="before-you-decide" />\n\n<Checklist id="before-you-decid" />\n\n<Checklist />\n');
    expect(checklistProblems(p, ['before-you-decide', 'handover-and-after'])).toEqual([
      'content/nl/faq.mdx:11: <Checklist id="before-you-decid"> is not a checklist of content/checklists/nl.json',
      'content/nl/faq.mdx:13: <Checklist id=""> is not a checklist of content/checklists/nl.json',
    ]);
  });

  it('reports links to a missing slug, to another language, without the trailing slash, and ../ from home', () => {
    const slugs = new Map([
      ['', 'home'],
      ['afscheid-nemen', 'ending-it'],
      ['overdracht', 'handover'],
    ]);
    const guidePage = page(
      'nl',
      'ending-it',
      'afscheid-nemen',
      [
        'Zie [de overdracht](../overdracht/), [de start](../), [een anker](../overdracht/#wachtwoorden),',
        '[extern](https://example.org/) en [hier](#boven).',
        'Fout: [bestaat niet](../bestaat-niet/), [Frans](../../fr/passation/), [zonder slash](../overdracht).',
      ].join('\n'),
    );
    expect(linkProblems(guidePage, slugs)).toEqual([
      'content/nl/ending-it.mdx:9: ](../bestaat-niet/) -> /nl/bestaat-niet/: no page of nl is at /nl/bestaat-niet/',
      'content/nl/ending-it.mdx:9: ](../../fr/passation/) -> /fr/passation/: a path in /fr/, not /nl/',
      'content/nl/ending-it.mdx:9: ](../overdracht) -> /nl/overdracht: no page of nl is at /nl/overdracht',
    ]);
    const home = page('nl', 'home', '', 'Lees [de overdracht](../overdracht/) of [afscheid](afscheid-nemen/).');
    expect(linkProblems(home, slugs)).toEqual(['content/nl/home.mdx:7: ](../overdracht/) -> /overdracht/: no page of nl is at /overdracht/']);
  });

  it('counts words as a reader does', () => {
    expect(words("L'e-mail de Sanne, 3 jours — c'est « simple ».")).toEqual(["L'e-mail", 'de', 'Sanne', 'jours', "c'est", 'simple']);
  });
});
