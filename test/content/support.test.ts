/**
 * The helpers the content tests stand on: a page parsed as YAML front matter and an MDX tree, and the prose
 * mask taken from that tree, which keeps what a reader reads at its own line and column.
 */
import { describe, expect, it } from 'vitest';
import { checklistUses, headings, links, paragraphs, parsePage, proseMask, toolHints } from './support';

const lines = (text: string) => text.split('\n').map((line) => line.trimEnd());

describe('parsePage', () => {
  it('reads the front matter as YAML: quoted or not, a colon inside a value, order as a number', () => {
    const page = parsePage('fr', 'faq', "---\ntitle: 'L’essentiel : la FAQ'\ndescription: Réponses courtes\nslug: \"faq\"\norder: 7\n---\nTexte.\n");
    expect(page.frontMatter).toEqual({ title: 'L’essentiel : la FAQ', description: 'Réponses courtes', slug: 'faq', order: 7 });
  });

  it('reads a page without front matter as all body', () => {
    const page = parsePage('nl', 'x', 'Tekst.\n');
    expect(page.frontMatter).toEqual({});
    expect(proseMask(page)).toBe('Tekst.\n');
  });

  it('rejects front matter that is not YAML, or a value of the wrong type, naming file and line', () => {
    expect(() => parsePage('nl', 'x', '---\ntitle: "T"\ndescription: "D\nslug: "x"\n---\n')).toThrow(/^content\/nl\/x\.mdx:3: front matter is not YAML: /);
    expect(() => parsePage('nl', 'x', '---\ntitle: "T"\nslug: 5\n---\n')).toThrow('content/nl/x.mdx:3: front matter "slug" must be a string');
  });

  it('rejects a body that is not MDX, naming file and line', () => {
    expect(() => parsePage('nl', 'x', '---\ntitle: "T"\n---\n\nTekst <!-- opmerking --> meer.\n')).toThrow(/^content\/nl\/x\.mdx:5: Unexpected character `!`/);
  });
});

describe('proseMask', () => {
  const source = [
    '---',
    'title: "Een titel"',
    'description: Een beschrijving',
    'slug: "een-slug"',
    '---',
    '',
    '## Kop met `code`',
    '',
    'Lees *dit* en [de lijst](../lijst/ "titel") of https://voorbeeld.example/pad en mail@voorbeeld.example.',
    '',
    '> Een citaat',
    '> over twee regels.',
    '',
    '- Een punt',
    '  dat doorloopt.',
    '',
    '<ToolHint tool="quiz">',
    'Doe de **quiz**.',
    '</ToolHint>',
    '',
    '<Checklist id="before-you-decide" />',
    '',
    '{/* een opmerking */}',
    '',
    '```sh',
    'echo geen proza',
    '```',
  ].join('\n');

  it('keeps the title, description and text nodes where they stand, and blanks the rest', () => {
    const mask = proseMask(parsePage('nl', 'x', source));
    expect(mask.length).toBe(source.length);
    expect(lines(mask)).toEqual([
      '',
      '        Een titel',
      '             Een beschrijving',
      '',
      '',
      '',
      '   Kop met',
      '',
      'Lees  dit  en  de lijst                     of                               en                       .',
      '',
      '  Een citaat',
      '  over twee regels.',
      '',
      '  Een punt',
      '  dat doorloopt.',
      '',
      '',
      'Doe de   quiz  .',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('gives each paragraph, heading and list item of the body as a block of its own, with its line', () => {
    expect(paragraphs(parsePage('nl', 'x', source))).toEqual([
      { line: 7, text: 'Kop met' },
      { line: 9, text: 'Lees dit en de lijst of en .' },
      { line: 11, text: 'Een citaat over twee regels.' },
      { line: 14, text: 'Een punt dat doorloopt.' },
      { line: 18, text: 'Doe de quiz .' },
    ]);
  });

  it('reads headings, links, <ToolHint>s and <Checklist>s from the tree', () => {
    const page = parsePage('nl', 'x', `${source}\n\n# Titel\n\nZie [hier][ref].\n\n[ref]: ../elders/\n`);
    expect(headings(page)).toEqual([
      { level: 2, line: 7, text: 'Kop met' },
      { level: 1, line: 29, text: 'Titel' },
    ]);
    expect(links(page)).toEqual([
      { line: 9, target: '../lijst/' },
      { line: 33, target: '../elders/' },
    ]);
    expect(toolHints(page)).toEqual([{ line: 17, tool: 'quiz', text: 'Doe de quiz.' }]);
    expect(checklistUses(page)).toEqual([{ line: 21, id: 'before-you-decide' }]);
  });
});
