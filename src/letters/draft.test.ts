import { describe, expect, it } from 'vitest';
import { parseAmount } from './amount';
import { draftProblems, draftValues, newDraft, parseDay, parseDraft, serializeDraft } from './draft';
import type { FieldId } from './fields';

const langs = ['nl', 'hu', 'it', 'fr'];
const today = new Date(2026, 10, 23);

describe('parseAmount', () => {
  it('reads amounts the way each language writes them', () => {
    expect(parseAmount('1.250,50', 'nl')).toBe(1250.5);
    expect(parseAmount('1 250,50', 'fr')).toBe(1250.5);
    expect(parseAmount('1\u202f250,50 €', 'fr')).toBe(1250.5);
    expect(parseAmount('125 000 Ft', 'hu')).toBe(125000);
    expect(parseAmount('€ 80', 'it')).toBe(80);
    expect(parseAmount('EUR 80', 'it')).toBe(80);
    expect(parseAmount('1.250', 'nl')).toBe(1250);
    expect(parseAmount('1250.50', 'nl')).toBe(1250.5);
    expect(parseAmount('12,5', 'it')).toBe(12.5);
  });

  it('is empty for nothing and refuses what it cannot read for sure', () => {
    expect(parseAmount('  ', 'nl')).toBeUndefined();
    for (const junk of ['abc', '1,2,3', '12-3', '1.2.3,4,5', '<script>', '€', '1e9', '9'.repeat(20)])
      expect(parseAmount(junk, 'nl'), junk).toBe('invalid');
  });
});

describe('parseDay', () => {
  it('reads date inputs and refuses impossible days', () => {
    expect(parseDay('2026-12-14')).toEqual(new Date(2026, 11, 14));
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('14-12-2026')).toBeUndefined();
    expect(parseDay('')).toBeUndefined();
  });
});

describe('the stored draft', () => {
  it('comes back as it was saved', () => {
    const draft = { ...newDraft('nl', 'payment-problems'), senderName: 'Eva', invoices: [{ number: 'F-1', dueDate: '2026-10-01' }], thanks: false };
    expect({ ...newDraft('fr'), ...parseDraft(serializeDraft(draft, '2026-12-01T09:00:00.000Z'), langs) }).toEqual(draft);
  });

  it('drops junk field by field and never throws', () => {
    for (const raw of [null, '', '{', '[]', '"x"', '{"version":2,"draft":{}}', '{"version":1,"draft":[1]}', '{"version":1}'])
      expect(parseDraft(raw, langs), String(raw)).toEqual({});
    const mixed = JSON.stringify({
      version: 1,
      draft: {
        letter: 'poem',
        lang: 'de',
        register: 'formal',
        senderName: 42,
        clientName: 'Acme',
        chosenDate: 'soon',
        thanks: 'yes',
        invoices: [{ number: 'F-2', dueDate: '2026-01-01' }, { number: 7 }, null],
      },
    });
    expect(parseDraft(mixed, langs)).toEqual({ register: 'formal', clientName: 'Acme', invoices: [{ number: 'F-2', dueDate: '2026-01-01' }] });
  });
});

describe('draftProblems', () => {
  const all = new Set<FieldId>(['senderName', 'amount', 'refund', 'milestone', 'chosenDate']);

  it('needs only the sender, and the milestone or date when that notice is chosen', () => {
    expect(draftProblems(newDraft('nl'), new Set(['senderName']), today)).toEqual({ senderName: 'required' });
    expect(draftProblems({ ...newDraft('nl'), senderName: 'Eva' }, all, today)).toEqual({ milestone: 'required', chosenDate: 'required' });
  });

  it('explains unreadable amounts and dates in the past', () => {
    const draft = { ...newDraft('nl'), senderName: 'Eva', milestone: 'Launch', amount: 'veel', refund: '50', chosenDate: '2026-11-20' };
    expect(draftProblems(draft, all, today)).toEqual({ amount: 'amount', chosenDate: 'pastDate' });
    expect(draftProblems({ ...draft, amount: '', chosenDate: '2026-11-23' }, all, today)).toEqual({});
  });
});

describe('draftValues', () => {
  it('passes on only what the letter shows, parsed', () => {
    const draft = {
      ...newDraft('nl'),
      senderName: 'Eva',
      project: 'Site',
      amount: '1.250,50',
      refund: '99',
      deliverables: 'Logo\n\nGids',
      handoverItems: 'Wachtwoorden',
    };
    const values = draftValues(draft, new Set<FieldId>(['senderName', 'project', 'amount', 'deliverables']), today, 'be');
    expect(values).toMatchObject({
      country: 'be',
      project: 'Site',
      amount: 1250.5,
      refund: undefined,
      deliverables: ['Logo', '', 'Gids'],
      handoverItems: [],
      invoices: [],
      thanks: false,
    });
  });
});
