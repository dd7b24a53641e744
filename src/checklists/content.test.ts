import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locales';
import { checklistProblems, parseChecklistFile } from './data';

// The real checklists in content/checklists/: valid in every language, with the same lists and items.
const raw = import.meta.glob<unknown>('/content/checklists/*.json', { eager: true, import: 'default' });
const files = Object.fromEntries(
  Object.entries(raw).map(([path, data]) => {
    const lang = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    return [lang, parseChecklistFile(lang, data)];
  }),
);

describe('the checklists content', () => {
  it('exists for exactly the site languages', () => {
    expect(Object.keys(files).sort()).toEqual([...locales]);
  });

  it('has the same lists and items, in the same order, in every language', () => {
    expect(checklistProblems(files, locales)).toEqual([]);
  });

  it('covers the four stages of an ending', () => {
    expect(files.nl!.checklists.map((list) => list.id)).toEqual([
      'before-you-decide',
      'prepare-the-conversation',
      'the-conversation',
      'handover-and-after',
    ]);
  });
});
