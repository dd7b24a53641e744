/**
 * A composed letter leaving the page: as a text file, or as an email draft in the reader's own mail
 * program. Plain text all the way; the reader's words are encoded, never interpreted.
 */
import type { Letter } from './letter-text';

/** Longer mailto: links are cut off or refused by some mail programs and browsers. */
export const mailtoLimit = 2000;

/** The mailto: link for a letter, or undefined when it would be too long to arrive whole. */
export function mailtoHref(letter: Letter): string | undefined {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const href = `mailto:?subject=${encode(letter.subject)}&body=${encode(letter.body)}`;
  return href.length <= mailtoLimit ? href : undefined;
}

/** The text file's contents: the subject after its label ("Subject:", as the language punctuates it), a blank line, the body. */
export const letterFileText = (letter: Letter, subjectLabel: string): string => `${subjectLabel} ${letter.subject}\n\n${letter.body}\n`;

/** A file name any system accepts, from words the reader may have typed: ASCII letters, digits, hyphens. */
export function letterFileName(...parts: string[]): string {
  const slug = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'letter'}.txt`;
}
