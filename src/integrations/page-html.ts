import { parse, type HTMLElement } from 'node-html-parser';

/**
 * A built page read through an HTML parser, for the rewrites after the build (finish-pages.ts) and the
 * tests that read what they wrote. The rewrites change the page by splicing its source text at the
 * ranges the parser reports, so whatever they do not touch stays byte for byte as Astro wrote it.
 */
export const parsePage = (html: string): HTMLElement => parse(html, { comment: false });

/** One rewrite: the source text from `start` to `end` becomes `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices to a page's source text. */
export function spliced(html: string, splices: Splice[]): string {
  let out = '';
  let at = 0;
  for (const { start, end, text } of [...splices].sort((a, b) => a.start - b.start)) {
    if (start < at) throw new Error(`overlapping rewrites at ${start}`);
    out += html.slice(at, start) + text;
    at = end;
  }
  return out + html.slice(at);
}

/** The splice that replaces (or, with '', removes) one element, tags and content. */
export const replacing = (element: HTMLElement, text: string): Splice => ({ start: element.range[0], end: element.range[1], text });

/** The essences of the JavaScript MIME types (WHATWG MIME Sniffing): a script with one of them is classic. */
const javaScriptTypes = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * What the browser does with a <script>, read from its type as HTML's "prepare the script element" does:
 * runs it (classic, module), processes it under the page's CSP all the same (importmap,
 * speculationrules), or leaves it alone as a data block (type="application/json", "text/plain", …).
 */
export type ScriptKind = 'classic' | 'module' | 'importmap' | 'speculationrules' | 'data';

export function scriptKind(script: HTMLElement): ScriptKind {
  const type = script.getAttribute('type');
  const language = script.getAttribute('language');
  const blockType = type ?? (language ? `text/${language}` : '');
  // An exact match, as the standard has it: "text/javascript; charset=utf-8" is a data block.
  const essence = blockType.trim().toLowerCase();
  if (essence === '' || javaScriptTypes.has(essence)) return 'classic';
  if (essence === 'module' || essence === 'importmap' || essence === 'speculationrules') return essence;
  return 'data';
}

/** A script's source text between its tags, exactly as written (the text a CSP hash covers). */
export const sourceText = (element: HTMLElement): string => element.rawText;
