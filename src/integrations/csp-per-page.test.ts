import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withOwnHashes } from './csp-per-page';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('withOwnHashes', () => {
  it("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
    const body = '<style>a{}</style><script type="module">go()</script><script type="module" src="/x.js"></script>';
    const html = page(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-other=' ${hash('go()')}; style-src 'self' 'sha256-other=';`,
      body,
    );
    expect(policyOf(withOwnHashes(html))).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash('go()')};style-src 'self' ${hash('a{}')};`,
    );
  });

  it('leaves a page without inline scripts or styles with none allowed', () => {
    const html = page("script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-c='", '<script src="/x.js"></script>');
    expect(policyOf(withOwnHashes(html))).toBe("script-src 'self';style-src 'self'");
  });

  it('hashes only scripts the browser runs or processes: no data block (JSON, text/plain, a JavaScript type with parameters)', () => {
    const runs = [
      '<script>a()</script>',
      '<script type="">b()</script>',
      '<script type=" Text/JavaScript ">c()</script>',
      '<script type="MODULE">d()</script>',
      '<script type="importmap">{"imports":{}}</script>',
    ];
    const data = [
      '<script type="application/json">{"lang":"nl"}</script>',
      '<script type="text/plain">e()</script>',
      '<script type="text/javascript; charset=utf-8">f()</script>',
      '<script type="application/ld+json">{}</script>',
    ];
    const html = page("script-src 'self'", [...runs, ...data].join(''));
    const expected = ['a()', 'b()', 'c()', 'd()', '{"imports":{}}'].map(hash);
    expect(policyOf(withOwnHashes(html))).toBe(`script-src 'self' ${expected.join(' ')}`);
  });

  it('finds scripts with a src, and the policy, whatever the order and case of their attributes', () => {
    const html =
      '<html><head><META CONTENT="script-src \'self\' \'sha256-old=\'" HTTP-EQUIV="Content-Security-Policy">' +
      '<script src="/x.js" type="module"></script><script defer src="/y.js"></script><script type="module" data-x="1">go()</script></head></html>';
    expect(withOwnHashes(html)).toContain(`<META CONTENT="script-src 'self' ${hash('go()')}" HTTP-EQUIV="Content-Security-Policy">`);
  });

  it('changes nothing but the policy, byte for byte, and leaves a page without one as it was', () => {
    const rest = '<!-- note --><style>a > b { color: red }</style><script type="module">if (a < b) go("</p>")</script><p title="x > y">A &amp; B</p>';
    const html = page("script-src 'self' 'sha256-old='; style-src 'self'", rest);
    const policy = `script-src 'self' ${hash('if (a < b) go("</p>")')};style-src 'self' ${hash('a > b { color: red }')}`;
    expect(withOwnHashes(html)).toBe(page(policy, rest));
    const noPolicy = `<html><head>${rest}</head></html>`;
    expect(withOwnHashes(noPolicy)).toBe(noPolicy);
  });
});
