import { describe, expect, it } from 'vitest';
import { letterFileName, letterFileText, mailtoHref, mailtoLimit } from './output';

describe('mailtoHref', () => {
  it('encodes subject and body, with CRLF line breaks, so any text stays one valid link', () => {
    const href = mailtoHref({ subject: 'Q&A <b> "x" ?=', body: 'Hallo,\n\nBcc: x@example.org&to=y\u202E 😀' })!;
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Q&A <b> "x" ?=');
    expect(url.searchParams.get('body')).toBe('Hallo,\r\n\r\nBcc: x@example.org&to=y\u202E 😀');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(href).not.toMatch(/[\s<>"]/);
  });

  it('gives up on letters too long for a link', () => {
    expect(mailtoHref({ subject: 'S', body: 'x'.repeat(mailtoLimit) })).toBeUndefined();
  });
});

describe('the text file', () => {
  it('starts with the labelled subject', () => {
    expect(letterFileText({ subject: 'Einde', body: 'Hallo,\n\nGroet' }, 'Onderwerp:')).toBe('Onderwerp: Einde\n\nHallo,\n\nGroet\n');
  });

  it('gets a safe name from any words', () => {
    expect(letterFileName('Kovács & Fia Kft.', 'Lettera')).toBe('kovacs-fia-kft-lettera.txt');
    expect(letterFileName('../../etc/passwd <script>')).toBe('etc-passwd-script.txt');
    expect(letterFileName('😀')).toBe('letter.txt');
    expect(letterFileName('a'.repeat(200)).length).toBe(64);
  });
});
