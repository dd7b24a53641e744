import { describe, expect, it } from 'vitest';
import { checklistProblems, parseChecklistFile, type ChecklistFile } from './data';

const file = (items: string[], listId = 'before-you-decide'): ChecklistFile => ({
  checklists: [{ id: listId, title: 'T', intro: 'I', items: items.map((id) => ({ id, text: `do ${id}`, page: 'handover' })) }],
});

describe('checklistProblems', () => {
  it('accepts the same lists and items everywhere', () => {
    expect(checklistProblems({ nl: file(['a', 'b']), fr: file(['a', 'b']) }, ['fr', 'nl'])).toEqual([]);
  });

  it('names a missing language, a missing item and its language', () => {
    expect(checklistProblems({ nl: file(['a', 'b']), fr: file(['a']) }, ['fr', 'hu', 'nl'])).toEqual([
      'no checklists for "hu": add content/checklists/hu.json',
      '"before-you-decide/b" is missing in "fr"',
    ]);
  });

  it('reports an item that only one language has', () => {
    expect(checklistProblems({ nl: file(['a']), fr: file(['a', 'extra']) }, ['fr', 'nl'])).toEqual(['"before-you-decide/extra" is missing in "nl"']);
  });

  it('reports a different order and a duplicate id', () => {
    expect(checklistProblems({ nl: file(['a', 'b']), fr: file(['b', 'a']) }, ['fr', 'nl'])).toEqual([
      '"nl" lists its checklists or items in another order than "fr"',
    ]);
    expect(checklistProblems({ nl: file(['a', 'a']) }, ['nl'])).toEqual(['item id "a" is used twice in "nl"']);
  });
});

describe('parseChecklistFile', () => {
  it('says which field of which file is wrong', () => {
    expect(() => parseChecklistFile('it', { checklists: [{ id: 'x', title: '', intro: 'i', items: [] }] })).toThrow(
      /content\/checklists\/it\.json is invalid: checklists\.0\.title/,
    );
  });
});
