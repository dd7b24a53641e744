import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import ChecklistView, { checklistFromMarkup, type ChecklistProps } from './ChecklistView';

const strings = { 'checklists.noscript': 'Turn on JavaScript to tick the items.' } as unknown as ChecklistProps['strings'];

/** What the server sends: the view inside its island element, as <Checklist> renders it. */
const serverMarkup = (props: ChecklistProps) =>
  parse(renderToString(h('checklist-island', { 'data-client-picker': props.clientPicker ? '' : undefined }, h(ChecklistView, props)))).querySelector(
    'checklist-island',
  )!;

describe('checklistFromMarkup', () => {
  const full: ChecklistProps = {
    id: 'handover',
    title: 'Handover & "the last day"',
    intro: 'What to hand over <before> you go.',
    items: [
      { id: 'files', text: 'Send the source files', why: 'They paid for them.', more: { href: '/en/handover/#files', label: 'Read more' } },
      { id: 'access', text: 'Revoke your access & keys' },
      { id: 'invoice', text: 'Send the final invoice', why: 'Within 14 days.' },
    ],
    strings,
    headingLevel: 3,
    clientPicker: true,
  };

  it.each([
    ['a guide page list with every kind of item', full],
    [
      'the checklists page (h2, no picker, no items with links)',
      { ...full, headingLevel: 2 as const, clientPicker: false, items: full.items.slice(1) },
    ],
  ])('reads back the props the view rendered: %s', (_name, props) => {
    const { strings: _unused, ...expected } = props;
    expect(checklistFromMarkup(serverMarkup(props))).toStrictEqual(expected);
  });
});
