/** What gives a generated letter away, for the content tests of both letter tools: leftover slots or brackets, doubled spaces or blank lines, stray punctuation. */
export function letterFlaws(text: string): string[] {
  const found: string[] = [];
  if (/[{}[\]]/.test(text)) found.push('a leftover placeholder or bracket');
  if (/ {2,}/.test(text.replace(/\u00a0/g, ' ').replace(/^- /gm, ''))) found.push('a doubled space');
  if (/\n{3,}/.test(text)) found.push('more than one blank line');
  if (/^\s|\s$/.test(text)) found.push('space at the start or end');
  if (/ [,.;:](?!\S)/.test(text.replace(/\u00a0[:;!?»]/g, ''))) found.push('a space before punctuation');
  if (/undefined|null|NaN/.test(text)) found.push('a missing value printed');
  return found;
}
