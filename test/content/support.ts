/**
 * Helpers for the content tests: they read the guide's sources (content/<lang>/*.mdx, content/ui/*.json),
 * never the build. The central idea is the *prose mask*: a copy of a source in which everything that is
 * not text a reader reads (front-matter keys, code, URLs, link targets, MDX tags, Markdown markers) is
 * replaced by spaces. It keeps every line and column where it was, so a finding in the mask is reported
 * at the right line of the real file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { locales, projectDir } from '../support/site';

export { locales, projectDir };

export const contentDir = join(projectDir, 'content');

/** The tools a `<ToolHint tool="…">` may name (see src/components/ToolHint.astro). */
export const toolNames = ['quiz', 'letters', 'checklists'] as const;

export interface FrontMatter {
  title?: string;
  description?: string;
  slug?: string;
  order?: string;
}

export interface Page {
  lang: string;
  pageId: string;
  /** Path relative to the project, for messages: "content/nl/faq.mdx". */
  file: string;
  source: string;
  frontMatter: FrontMatter;
  /** The source with the front matter's lines blanked (line numbers unchanged). */
  body: string;
}

/** Page ids of a language: the file names in content/<lang>/, sorted. */
export function pageIds(lang: string): string[] {
  return readdirSync(join(contentDir, lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}

export function readPage(lang: string, pageId: string): Page {
  const file = `content/${lang}/${pageId}.mdx`;
  return parsePage(lang, pageId, readFileSync(join(projectDir, file), 'utf8'), file);
}

export function readPages(lang: string): Page[] {
  return pageIds(lang).map((id) => readPage(lang, id));
}

/** A page from source text (the self-tests build bad pages this way). */
export function parsePage(lang: string, pageId: string, source: string, file = `content/${lang}/${pageId}.mdx`): Page {
  const text = source.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const frontMatter: FrontMatter = {};
  const end = frontMatterEnd(lines);
  for (let i = 1; i < end; i++) {
    const match = /^(title|description|slug|order):\s*(.*)$/.exec(lines[i]!);
    if (match) frontMatter[match[1] as keyof FrontMatter] = unquote(match[2]!);
  }
  const body = lines.map((line, i) => (i <= end && end > 0 ? '' : line)).join('\n');
  return { lang, pageId, file, source: text, frontMatter, body };
}

/** Index of the closing `---` of the front matter, or 0 when there is none. */
function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return end > 0 ? end : 0;
}

function unquote(value: string): string {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  return v;
}

const blank = (s: string) => ' '.repeat(s.length);

/**
 * The prose of one Markdown/MDX line, with everything else blanked to spaces (same length).
 * Kept: text, heading text, list-item text, quoted text, link text, table-cell text.
 */
export function proseOfLine(line: string): string {
  let out = line;
  // Horizontal rules and table separator rows carry no words.
  if (/^\s*([-*_]\s*){3,}$/.test(out) || /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(out)) return blank(out);
  // MDX import/export statements.
  if (/^\s*(import|export)\s/.test(out)) return blank(out);
  out = out
    // Inline code.
    .replace(/`+[^`]*`+/g, blank)
    // Link and image targets: keep the text in [ ], drop "](target)".
    .replace(/\]\([^)\s]*(\s+"[^"]*")?\)/g, blank)
    // Reference-style link definitions: [label]: target
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/, blank)
    // Autolinks, JSX/HTML tags (<ToolHint tool="quiz">, </ToolHint>, <br />).
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    // Bare URLs and e-mail addresses.
    .replace(/\b(?:https?:\/\/|www\.)[^\s)]+/g, blank)
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, blank)
    // HTML entities.
    .replace(/&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;/g, blank)
    // Block markers: headings, quotes, list bullets and numbers.
    .replace(/^(\s*>)+/, blank)
    .replace(/^(\s*)(#{1,6}\s)/, (_m, indent: string, marker: string) => indent + blank(marker))
    .replace(/^(\s*)([-*+]\s+|\d+[.)]\s+)/, (_m, indent: string, marker: string) => indent + blank(marker))
    // Emphasis markers, table pipes, image bangs, link brackets.
    .replace(/\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, blank)
    .replace(/\|/g, ' ')
    .replace(/!?\[|\]/g, blank);
  return out;
}

/**
 * The prose mask of a page: the front matter's title and description values where they stand, and the
 * body's prose; everything else (keys, slug, code blocks, comments, tags, URLs, markup) is spaces.
 * Same lines and columns as `page.source`.
 */
export function proseMask(page: Page): string {
  const lines = page.source.split('\n');
  const end = frontMatterEnd(lines);
  let fence: string | undefined;
  let inComment = false;
  return lines
    .map((line, i) => {
      if (end > 0 && i <= end) {
        const match = /^((?:title|description):\s*["']?)(.*?)(["']?\s*)$/.exec(line);
        return match ? blank(match[1]!) + match[2]! + blank(match[3]!) : blank(line);
      }
      // Fenced code blocks.
      const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
        return blank(line);
      }
      if (fenceMatch) {
        fence = fenceMatch[1];
        return blank(line);
      }
      // HTML / MDX comments, possibly over several lines.
      let text = line;
      if (inComment) {
        const close = text.indexOf('-->');
        if (close < 0) return blank(line);
        text = blank(text.slice(0, close + 3)) + text.slice(close + 3);
        inComment = false;
      }
      text = text.replace(/<!--.*?-->|\{\/\*.*?\*\/\}/g, blank);
      const open = text.indexOf('<!--');
      if (open >= 0) {
        text = text.slice(0, open) + blank(text.slice(open));
        inComment = true;
      }
      return proseOfLine(text);
    })
    .join('\n');
}

/** The prose mask of the body only (front matter blanked). */
export function bodyProse(page: Page): string {
  const mask = proseMask(page).split('\n');
  const end = frontMatterEnd(page.source.split('\n'));
  return mask.map((line, i) => (end > 0 && i <= end ? blank(line) : line)).join('\n');
}

export interface Paragraph {
  /** 1-based line of the paragraph's first line in the source. */
  line: number;
  text: string;
}

/**
 * Paragraphs of a prose mask, whitespace collapsed: blocks separated by blank lines, where each heading,
 * list item and table row of the source also starts a block of its own (so one untranslated list item
 * is judged alone, not diluted by its neighbours). Pass the source the mask was made from.
 */
export function paragraphs(mask: string, source = mask): Paragraph[] {
  const result: Paragraph[] = [];
  const sourceLines = source.split('\n');
  let current: string[] = [];
  let start = 0;
  const flush = () => {
    if (current.length) result.push({ line: start + 1, text: current.join(' ') });
    current = [];
  };
  mask.split('\n').forEach((line, i) => {
    if (line.trim() === '') return flush();
    if (/^\s*(>\s*)*(#{1,6}\s|[-*+]\s|\d+[.)]\s|\|)/.test(sourceLines[i] ?? '')) flush();
    if (!current.length) start = i;
    current.push(line.trim().replace(/\s+/g, ' '));
    if (/^\s*#{1,6}\s/.test(sourceLines[i] ?? '')) flush();
  });
  flush();
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

/** `##` headings of a body outside code fences (h2 only, not ###). */
export function h2Headings(body: string): { line: number; text: string }[] {
  return headings(body).filter((h) => h.level === 2);
}

/** The lines of a body that are not inside a fenced code block, with their 1-based line numbers. */
function linesOutsideCode(body: string): { line: number; text: string }[] {
  const result: { line: number; text: string }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, i) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(text);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = undefined;
    } else if (fenceMatch) fence = fenceMatch[1];
    else result.push({ line: i + 1, text });
  });
  return result;
}

export function headings(body: string): { level: number; line: number; text: string }[] {
  return linesOutsideCode(body).flatMap(({ line, text }) => {
    const match = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/.exec(text);
    return match ? [{ level: match[1]!.length, line, text: match[2] ?? '' }] : [];
  });
}

export interface ToolHintUse {
  line: number;
  /** The value of tool="…", or undefined when the attribute is missing. */
  tool: string | undefined;
  /** The text between the opening and closing tag, markup removed and trimmed. */
  text: string;
  /** False when no </ToolHint> follows (or the tag is self-closing). */
  closed: boolean;
}

export function toolHints(page: Page): ToolHintUse[] {
  const lines = page.body.split('\n');
  const uses: ToolHintUse[] = [];
  const openTag = /<ToolHint\b([^>]*?)(\/?)>/g;
  lines.forEach((line, i) => {
    for (const match of line.matchAll(openTag)) {
      const tool = /\btool\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/.exec(match[1]!);
      const toolName = tool ? (tool[1] ?? tool[2] ?? tool[3]) : undefined;
      if (match[2] === '/') {
        uses.push({ line: i + 1, tool: toolName, text: '', closed: false });
        continue;
      }
      const rest = [line.slice(match.index + match[0].length), ...lines.slice(i + 1)].join('\n');
      const close = rest.indexOf('</ToolHint>');
      const inner = close < 0 ? '' : rest.slice(0, close);
      const text = inner.split('\n').map(proseOfLine).join(' ').replace(/\s+/g, ' ').trim();
      uses.push({ line: i + 1, tool: toolName, text, closed: close >= 0 });
    }
  });
  return uses;
}

export interface Link {
  line: number;
  target: string;
}

/** Markdown link targets `[text](target)` of a body, outside code. */
export function links(page: Page): Link[] {
  const result: Link[] = [];
  for (const { line, text } of linesOutsideCode(page.body)) {
    const code = text.replace(/`+[^`]*`+/g, blank);
    for (const match of code.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)) result.push({ line, target: match[1]! });
  }
  return result;
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
  return { file, text: strings.map((s) => s.value).join('\n'), where: (line) => `${file} ${strings[line - 1]?.where ?? '?'}` };
}

function pageTexts(lang: string): CheckedText[] {
  return readPages(lang).map((page) => ({ file: page.file, text: proseMask(page) }));
}

/** Every text a reader of one language sees: guide pages, checklists, letters, quiz and UI strings. */
export function readerTexts(lang: string): CheckedText[] {
  return [...pageTexts(lang), checklistText(lang), jsonProse(`content/letters/${lang}.json`), jsonProse(`content/quiz/${lang}.json`), uiText(lang)];
}
