/**
 * Helpers for the content tests: they read the guide's sources (content/<lang>/*.mdx, content/ui/*.json),
 * never the build. A page is parsed once: its front matter (the block between the leading `---` lines)
 * with `yaml`, its body as MDX with mdast-util-from-markdown + micromark-extension-mdxjs + mdast-util-mdx.
 * Headings, `<ToolHint>`s, `<Checklist>`s, links and paragraphs are read from that tree.
 *
 * The central idea is the *prose mask*: a copy of a source in which everything that is not text a reader
 * reads is replaced by spaces. It keeps only the ranges of the tree's `text` nodes (not inline code, code,
 * link targets, MDX tags and expressions, Markdown markers) and the front matter's title and description
 * values, each where it stands, so a finding in the mask is reported at the right line and column of the
 * real file.
 *
 * The tree is read without GFM (the site's renderer has it; these tests do not): a table arrives as one
 * paragraph whose text keeps its `|` and `|---|` rows, which hold no letters for any check to read, and a
 * bare URL stays in a text node, so the mask blanks URLs and e-mail addresses itself. A character reference
 * (`&nbsp;`) or a backslash escape stays in the mask as written.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parseDocument, isMap, isScalar } from 'yaml';
import { toolIds } from '../../src/site/tools';
import { locales, projectDir } from '../support/site';

export { locales, projectDir };

export const contentDir = join(projectDir, 'content');

/** The tools a `<ToolHint tool="…">` may name (see src/components/ToolHint.astro). */
export const toolNames = toolIds;

export interface FrontMatter {
  title?: string;
  description?: string;
  slug?: string;
  order?: number;
}

/** Character offsets [start, end) in a page's source. */
type Span = [number, number];

export interface Page {
  lang: string;
  pageId: string;
  /** Path relative to the project, for messages: "content/nl/faq.mdx". */
  file: string;
  /** The source, line endings normalized to "\n"; every offset and line below refers to it. */
  source: string;
  frontMatter: FrontMatter;
  /** Where the front matter's title and description values stand in the source (quotes excluded). */
  frontMatterProse: Span[];
  /** The body as an MDX tree; its positions are those of `source` (the front matter parses as blank lines). */
  tree: Root;
}

/** Page ids of a language: the file names in content/<lang>/, sorted. */
export function pageIds(lang: string): string[] {
  return readdirSync(join(contentDir, lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}

const pageCache = new Map<string, Page>();

/** A page of the guide, parsed once however many tests read it. */
export function readPage(lang: string, pageId: string): Page {
  const file = `content/${lang}/${pageId}.mdx`;
  let page = pageCache.get(file);
  if (!page) {
    page = parsePage(lang, pageId, readFileSync(join(projectDir, file), 'utf8'), file);
    pageCache.set(file, page);
  }
  return page;
}

export function readPages(lang: string): Page[] {
  return pageIds(lang).map((id) => readPage(lang, id));
}

/**
 * A page from source text (the self-tests build bad pages this way). Throws "file:line: reason" when the
 * front matter is not YAML or the body is not MDX (an unclosed `<ToolHint>`, an HTML comment, …).
 */
export function parsePage(lang: string, pageId: string, source: string, file = `content/${lang}/${pageId}.mdx`): Page {
  const text = source.replace(/\r\n?/g, '\n');
  const block = frontMatterBlock(text);
  const { frontMatter, frontMatterProse } = block ? readFrontMatter(text, block, file) : { frontMatter: {}, frontMatterProse: [] };
  // The front matter becomes blank lines, so the tree's positions are those of the whole file.
  const body = block ? blank(text.slice(0, block.end)) + text.slice(block.end) : text;
  let tree: Root;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    if (!(error instanceof Error) || !('reason' in error)) throw error;
    // An element left open is reported with no place of its own, only "(line:column-…)" in its reason.
    const line = ('line' in error && error.line) || /\((\d+):\d+-/.exec(String(error.reason))?.[1];
    throw new Error(`${file}:${line ?? 1}: ${String(error.reason)}`, { cause: error });
  }
  return { lang, pageId, file, source: text, frontMatter, frontMatterProse, tree };
}

/** The front matter: the YAML between a first line `---` and the next `---` line, as offsets in `text`. */
function frontMatterBlock(text: string): { yamlStart: number; yamlEnd: number; end: number } | undefined {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return undefined;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0) return undefined;
  const offsetOf = (line: number) => lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0);
  return { yamlStart: offsetOf(1), yamlEnd: offsetOf(close), end: offsetOf(close) + lines[close]!.length };
}

const frontMatterTypes = { title: 'string', description: 'string', slug: 'string', order: 'number' } as const;

function readFrontMatter(text: string, block: { yamlStart: number; yamlEnd: number }, file: string) {
  const at = (offset: number) => `${file}:${lineAndColumn(text, block.yamlStart + offset).line}`;
  const doc = parseDocument(text.slice(block.yamlStart, block.yamlEnd), { prettyErrors: false });
  const error = doc.errors[0];
  if (error) throw new Error(`${at(error.pos[0])}: front matter is not YAML: ${error.message}`);
  const frontMatter: FrontMatter = {};
  const frontMatterProse: Span[] = [];
  if (doc.contents === null) return { frontMatter, frontMatterProse };
  if (!isMap(doc.contents)) throw new Error(`${at(0)}: front matter is not a map of keys and values`);
  for (const { key, value } of doc.contents.items) {
    if (!isScalar(key) || !(String(key.value) in frontMatterTypes)) continue;
    const name = String(key.value) as keyof FrontMatter;
    if (!isScalar(value) || typeof value.value !== frontMatterTypes[name]) {
      throw new Error(`${at(key.range?.[0] ?? 0)}: front matter "${name}" must be a ${frontMatterTypes[name]}`);
    }
    Object.assign(frontMatter, { [name]: value.value });
    if ((name === 'title' || name === 'description') && value.range) {
      const quoted = value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE' ? 1 : 0;
      frontMatterProse.push([block.yamlStart + value.range[0] + quoted, block.yamlStart + value.range[1] - quoted]);
    }
  }
  return { frontMatter, frontMatterProse };
}

/** Every character but line breaks as a space. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** A node and all its descendants, in document order. */
function* nodes(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* nodes(child);
}

const startLine = (node: Nodes) => node.position?.start.line ?? 0;

/**
 * Bare URLs and e-mail addresses in text. MDX has no `<…>` autolinks and the tree is read without GFM,
 * so a URL a writer types stays in a `text` node: it is not a word to check.
 */
const bareAddress = /\b(?:https?:\/\/|www\.)[^\s)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * The ranges of a text node's prose. A text node can span lines; in a block quote or list its later lines
 * start with the container's markers (`> `), which the node's value leaves out: each line keeps only the
 * part its value has.
 */
function textRanges(source: string, start: number, end: number, value: string): Span[] {
  const valueLines = value.split('\n');
  const ranges: Span[] = [];
  let lineStart = start;
  source
    .slice(start, end)
    .split('\n')
    .forEach((line, i) => {
      const lineEnd = lineStart + line.length;
      const keepFrom = lineStart + (i === 0 ? 0 : Math.max(line.lastIndexOf(valueLines[i] ?? ''), 0));
      let from = keepFrom;
      for (const match of source.slice(keepFrom, lineEnd).matchAll(bareAddress)) {
        ranges.push([from, keepFrom + match.index]);
        from = keepFrom + match.index + match[0].length;
      }
      ranges.push([from, lineEnd]);
      lineStart = lineEnd + 1;
    });
  return ranges;
}

/** The prose of the body: the ranges of its text nodes, markup, code and tags left out. */
function bodyRanges(page: Page): Span[] {
  const ranges: Span[] = [];
  for (const node of nodes(page.tree)) {
    if (node.type !== 'text' || !node.position) continue;
    ranges.push(...textRanges(page.source, node.position.start.offset!, node.position.end.offset!, node.value));
  }
  return ranges;
}

/** A copy of `source` with only the characters in `ranges` kept; everything else but line breaks is a space. */
function mask(source: string, ranges: Span[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += blank(source.slice(at, start)) + source.slice(start, end);
    at = end;
  }
  return out + blank(source.slice(at));
}

/**
 * The prose mask of a page: the front matter's title and description values where they stand, and the
 * body's text; everything else (keys, slug, code, tags, URLs, link targets, markup) is spaces.
 * Same lines and columns as `page.source`.
 */
export function proseMask(page: Page): string {
  return mask(page.source, [...page.frontMatterProse, ...bodyRanges(page)]);
}

/** The prose mask of the body only (front matter blanked). */
export function bodyProse(page: Page): string {
  return mask(page.source, bodyRanges(page));
}

export interface Paragraph {
  /** 1-based line of the paragraph's first line in the source. */
  line: number;
  text: string;
}

/**
 * The body's blocks of prose, whitespace collapsed: each paragraph and heading of the tree. A list item's,
 * a quote's or a `<ToolHint>`'s paragraphs are blocks of their own, so one untranslated list item is
 * judged alone, not diluted by its neighbours.
 */
export function paragraphs(page: Page): Paragraph[] {
  const prose = bodyProse(page);
  const result: Paragraph[] = [];
  for (const node of nodes(page.tree)) {
    if ((node.type !== 'paragraph' && node.type !== 'heading') || !node.position) continue;
    const text = prose.slice(node.position.start.offset, node.position.end.offset).replace(/\s+/g, ' ').trim();
    if (text) result.push({ line: startLine(node), text });
  }
  return result;
}

/** Words as a reader counts them: runs of letters and digits, with inner apostrophes and hyphens. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.filter((w) => /\p{L}/u.test(w)) ?? [];
}

/** 1-based line and column of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The text a reader reads in a node: its text nodes' values, a space between blocks, runs of spaces as one. */
function textOf(node: Nodes): string {
  return [...nodes(node)]
    .map((n) => (n.type === 'text' ? n.value : n.type === 'paragraph' || n.type === 'break' ? ' ' : ''))
    .join('')
    .replace(/[ \t\n]+/g, ' ')
    .trim();
}

/** The headings of a body (code is a node of its own, so a `#` in it is no heading). */
export function headings(page: Page): { level: number; line: number; text: string }[] {
  return [...nodes(page.tree)].flatMap((node) => (node.type === 'heading' ? [{ level: node.depth, line: startLine(node), text: textOf(node) }] : []));
}

/** `##` headings of a body (h2 only, not ###). */
export function h2Headings(page: Page): { line: number; text: string }[] {
  return headings(page).filter((h) => h.level === 2);
}

/** The MDX elements of a body with a given name, as flow (own lines) or inline. */
function elements(page: Page, name: string): (MdxJsxFlowElement | MdxJsxTextElement)[] {
  return [...nodes(page.tree)].filter(
    (node): node is MdxJsxFlowElement | MdxJsxTextElement => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name,
  );
}

/** A string attribute: name="value", or name={"value"}; undefined when missing or not a string. */
function attribute(element: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attr = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = attr?.value;
  if (typeof value === 'string' || value === null || value === undefined) return value ?? undefined;
  const statement = value.data?.estree?.body[0];
  const literal = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  return literal?.type === 'Literal' && typeof literal.value === 'string' ? literal.value : undefined;
}

export interface ToolHintUse {
  line: number;
  /** The value of tool="…", or undefined when the attribute is missing. */
  tool: string | undefined;
  /** The text between the opening and closing tag, markup removed, whitespace collapsed. */
  text: string;
}

/** The `<ToolHint>`s of a page. One left open does not parse: parsePage reports it. */
export function toolHints(page: Page): ToolHintUse[] {
  return elements(page, 'ToolHint').map((hint) => ({ line: startLine(hint), tool: attribute(hint, 'tool'), text: textOf(hint) }));
}

/** The `<Checklist id="…" />`s of a page. */
export function checklistUses(page: Page): { line: number; id: string | undefined }[] {
  return elements(page, 'Checklist').map((checklist) => ({ line: startLine(checklist), id: attribute(checklist, 'id') }));
}

export interface Link {
  line: number;
  target: string;
}

/** The link targets of a body: `[text](target)` and reference definitions `[label]: target`. */
export function links(page: Page): Link[] {
  return [...nodes(page.tree)].flatMap((node) => (node.type === 'link' || node.type === 'definition' ? [{ line: startLine(node), target: node.url }] : []));
}

/** A relative link: no scheme, not root-absolute, not a bare #fragment. */
export function isRelativeLink(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('/') && !target.startsWith('#');
}

/** The URL path a guide page is served at, below the site's base: "/nl/" for home, "/nl/faq-slug/". */
export function pagePath(lang: string, slug: string): string {
  return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}

/** A link target resolved against the page it stands on, as the browser resolves it. */
export function resolveLink(fromPath: string, target: string): string {
  const url = new URL(target, `https://site.invalid${fromPath}`);
  return url.origin === 'https://site.invalid' ? url.pathname : url.href;
}

/** UI strings of a language, without the values that are not prose (slugs, the og:locale). */
export function uiProse(lang: string): { key: string; value: string }[] {
  return uiProseOf(JSON.parse(readFileSync(join(contentDir, 'ui', `${lang}.json`), 'utf8')) as Record<string, unknown>);
}

export function uiProseOf(strings: Record<string, unknown>): { key: string; value: string }[] {
  return Object.entries(strings)
    .filter(([key, value]) => typeof value === 'string' && !key.endsWith('.slug') && key !== 'language.ogLocale')
    .map(([key, value]) => ({ key, value: uiValueProse(value as string) }));
}

/** A UI string's prose: placeholders such as "{total}" (filled in by code) become spaces. */
export function uiValueProse(value: string): string {
  return value.replace(/\{[^{}]*\}/g, blank);
}

/** 1-based line of a key in a UI strings file's source, for messages. */
export function uiKeyLine(source: string, key: string): number | undefined {
  const index = source.split('\n').findIndex((line) => line.includes(`${JSON.stringify(key)}:`));
  return index < 0 ? undefined : index + 1;
}

/**
 * A word list: one entry a line, `#` starts a comment (whole line or after the word), blank lines ignored.
 * Returns each entry with its line number.
 */
export function parseWordList(text: string): { word: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ word: raw.replace(/#.*$/, '').trim(), line: i + 1 }))
    .filter((entry) => entry.word !== '');
}

export function readWordList(lang: string): { word: string; line: number }[] {
  return parseWordList(readFileSync(join(contentDir, 'dictionaries', `${lang}.txt`), 'utf8'));
}

/** Milliseconds since `start`, rounded, for the timings the tests log. */
export function since(start: number): number {
  return Math.round(performance.now() - start);
}

/** A text a reader reads, with a way to name where a line of it comes from. */
export interface CheckedText {
  file: string;
  text: string;
  where?: (line: number) => string;
  /** Other languages whose words a line may hold: a country's own legal terms, kept as readers there meet them. */
  alsoIn?: (line: number) => string[];
}

/** The languages of each country's law, for the legal terms a text about that country keeps in the original. */
const countryLanguages: Record<string, string[]> = { nl: ['nl'], be: ['nl', 'fr'], hu: ['hu'], it: ['it'], fr: ['fr'] };

/** The country a JSON string is about, from its key: law.<register>.<cc>.…, countries.<cc>.…, facts.<cc>-…. */
function countryOf(where: string): string | undefined {
  return /^\.?(?:law\.(?:formal|informal)\.|countries\.)([a-z]{2})\./.exec(where)?.[1] ?? /^\.?facts\.([a-z]{2})-/.exec(where)?.[1];
}

/** The UI strings as one text, a value per line, each line named by its key and its line in the JSON. */
export function uiText(lang: string, strings?: Record<string, unknown>): CheckedText {
  const file = `content/ui/${lang}.json`;
  const source = strings ? JSON.stringify(strings, null, 2) : readFileSync(join(projectDir, file), 'utf8');
  const entries = strings ? uiProseOf(strings) : uiProse(lang);
  return {
    file,
    text: entries.map((e) => e.value.replace(/\n/g, ' ')).join('\n'),
    where: (line) => {
      const key = entries[line - 1]?.key ?? '?';
      return `${file}:${uiKeyLine(source, key) ?? '?'} "${key}"`;
    },
  };
}

/** The checklists' titles, intros, items and reasons as one text, a string per line, named by its id. */
function checklistText(lang: string): CheckedText {
  const file = `content/checklists/${lang}.json`;
  const data = JSON.parse(readFileSync(join(projectDir, file), 'utf8')) as {
    checklists: { id: string; title: string; intro: string; items: { id: string; text: string; why?: string }[] }[];
  };
  const entries = data.checklists.flatMap((list) => [
    { id: list.id, value: list.title },
    { id: list.id, value: list.intro },
    ...list.items.flatMap((item) => [{ id: item.id, value: item.text }, ...(item.why ? [{ id: item.id, value: item.why }] : [])]),
  ]);
  return { file, text: entries.map((e) => e.value).join('\n'), where: (line) => `${file} "${entries[line - 1]?.id ?? '?'}"` };
}

/** Every string of a JSON content file (letters, quiz), a string per line, `{slots}` blanked, keys skipped. */
export function jsonProse(file: string): CheckedText {
  const strings: { where: string; value: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') strings.push({ where, value: value.replace(/\{[A-Za-z0-9.]+\}/g, ' ').replace(/\n/g, ' ') });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}.${i}`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'when') walk(v, where ? `${where}.${k}` : k);
  };
  walk(JSON.parse(readFileSync(join(projectDir, file), 'utf8')), '');
  return {
    file,
    text: strings.map((s) => s.value).join('\n'),
    where: (line) => `${file} ${strings[line - 1]?.where ?? '?'}`,
    alsoIn: (line) => countryLanguages[countryOf(strings[line - 1]?.where ?? '') ?? ''] ?? [],
  };
}

function pageTexts(lang: string): CheckedText[] {
  return readPages(lang).map((page) => ({ file: page.file, text: proseMask(page) }));
}

/** Every text a reader of one language sees: guide pages, checklists, letters, quiz, the law's words and UI strings. */
export function readerTexts(lang: string): CheckedText[] {
  return [
    ...pageTexts(lang),
    checklistText(lang),
    jsonProse(`content/letters/${lang}.json`),
    jsonProse(`content/quiz/${lang}.json`),
    jsonProse(`content/law/text/${lang}.json`),
    uiText(lang),
  ];
}
