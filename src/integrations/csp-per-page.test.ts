import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withOwnHashes } from './csp-per-page';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('withOwnHashes', () => {
  it("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
    const body = '<style>a{}</style><script type="module">go()</script><script type="module" src="/x.js"></script>';
    const html = page(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-other=' ${hash('go()')}; style-src 'self' 'sha256-other=';`, body);
    expect(policyOf(withOwnHashes(html))).toBe(`default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash('go()')};style-src 'self' ${hash('a{}')};`);
  });

  it('leaves a page without inline scripts or styles with none allowed', () => {
    const html = page("script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-c='", '<script src="/x.js"></script>');
    expect(policyOf(withOwnHashes(html))).toBe("script-src 'self';style-src 'self'");
  });
});
