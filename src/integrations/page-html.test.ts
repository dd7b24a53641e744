import { describe, expect, it } from 'vitest';
import { parsePage, replacing, scriptKind, sourceText, spliced } from './page-html';

const script = (tag: string) => parsePage(tag).querySelector('script')!;

describe('scriptKind', () => {
  it.each([
    ['<script>', 'classic'],
    ['<script type="">', 'classic'],
    ['<script type=" text/javascript ">', 'classic'],
    ['<script type="APPLICATION/ECMASCRIPT">', 'classic'],
    ['<script language="javascript">', 'classic'],
    ['<script type="module">', 'module'],
    ['<script type="Module">', 'module'],
    ['<script type="importmap">', 'importmap'],
    ['<script type="speculationrules">', 'speculationrules'],
    ['<script type="application/json">', 'data'],
    ['<script type="application/ld+json">', 'data'],
    ['<script type="text/plain">', 'data'],
    ['<script type="text/javascript; charset=utf-8">', 'data'],
    ['<script language="vbscript">', 'data'],
  ])('%s is %s', (tag, kind) => {
    expect(scriptKind(script(`${tag}</script>`))).toBe(kind);
  });
});

describe('spliced', () => {
  it("replaces and removes elements at the parser's ranges, in any order, leaving the rest as written", () => {
    const html = '<p>a</p>\n<script type="module">x < y</script> <i>b</i><script>z()</script>';
    const root = parsePage(html);
    const [first, second] = root.querySelectorAll('script');
    expect(sourceText(first!)).toBe('x < y');
    expect(spliced(html, [replacing(second!, ''), replacing(first!, '<b>new</b>')])).toBe('<p>a</p>\n<b>new</b> <i>b</i>');
  });

  it('refuses overlapping rewrites', () => {
    const html = '<div><p>a</p></div>';
    const root = parsePage(html);
    expect(() => spliced(html, [replacing(root.querySelector('div')!, ''), replacing(root.querySelector('p')!, '')])).toThrow(/overlapping/);
  });
});
