import { describe, expect, it } from 'vitest';
import { emptyTicks, setTick } from '../checklists/ticks';
import { addClient, defaultList, emptyClientList } from '../clients/clients';
import { newLadderDraft, serializeLadderDraft } from '../invoices/ladder-draft';
import { newDraft, serializeDraft } from '../letters/draft';
import { addResult, emptyHistory } from '../quiz/history';
import type { Stored } from './backup';
import { summarize, withoutClient } from './summary';

const languages = ['nl', 'hu', 'it', 'fr'];
const monday = '2026-11-30T09:00:00.000Z';
const tuesday = '2026-12-01T09:00:00.000Z';
const checklists = [
  { id: 'before-you-decide', items: ['cool-off', 'ask-a-peer'] },
  { id: 'handover', items: ['return-files', 'passwords', 'invoice'] },
];

function stored(): Stored {
  let ticks = setTick(emptyTicks(), 'acme', 'cool-off', true, monday);
  ticks = setTick(ticks, 'acme', 'passwords', true, tuesday);
  ticks = setTick(ticks, defaultList, 'ask-a-peer', true, monday);
  ticks = setTick(ticks, 'deleted-long-ago', 'ask-a-peer', true, monday);
  let history = addResult(emptyHistory(), 'acme', { date: monday, answers: 'v1.a' });
  history = addResult(history, 'acme', { date: tuesday, answers: 'v1.b' });
  return {
    clients: JSON.stringify(addClient(addClient(emptyClientList(), 'Acme', 'acme', monday), 'Globex', 'globex', monday)),
    checklists: JSON.stringify(ticks),
    'quiz-history': JSON.stringify(history),
    'letter-draft': serializeDraft({ ...newDraft('nl'), clientName: ' Acme ' }, tuesday),
    'payment-draft': serializeLadderDraft(
      {
        ...newLadderDraft('nl', '2026-12-01'),
        invoices: [
          { number: 'F-1', dueDate: '', amount: '' },
          { number: ' ', dueDate: '', amount: '' },
        ],
      },
      monday,
    ),
    country: '"be"',
  };
}

describe('what the data page lists', () => {
  it('tells per client the ticks of each checklist and the quiz results; then the drafts and the country', () => {
    expect(summarize(stored(), checklists, languages)).toEqual({
      clients: [
        {
          id: 'acme',
          name: 'Acme',
          checklists: [
            { id: 'before-you-decide', ticked: 1, total: 2 },
            { id: 'handover', ticked: 1, total: 3 },
          ],
          ticksChanged: tuesday,
          quizResults: [tuesday, monday],
        },
        { id: 'globex', name: 'Globex', checklists: [], quizResults: [] },
        { id: defaultList, checklists: [{ id: 'before-you-decide', ticked: 1, total: 2 }], ticksChanged: monday, quizResults: [] },
      ],
      letterDraft: { saved: tuesday, clientName: 'Acme' },
      paymentDraft: { saved: monday, invoices: 1 },
      country: 'be',
      empty: false,
    });
  });

  it('says when nothing is stored, and shrugs off junk', () => {
    expect(summarize({}, checklists, languages)).toEqual({ clients: [], empty: true });
    expect(summarize({ clients: '{', checklists: 'null', country: '"<b>"' }, checklists, languages)).toEqual({ clients: [], empty: false });
  });
});

describe('deleting one client', () => {
  it('removes its name, ticks and results, and nothing of the others', () => {
    const after = summarize(withoutClient(stored(), 'acme'), checklists, languages);
    expect(after.clients.map((c) => c.id)).toEqual(['globex', defaultList]);
    expect(after.letterDraft).toBeDefined();
    expect(after.country).toBe('be');
  });

  it('empties the list of what belongs to no client', () => {
    expect(summarize(withoutClient(stored(), defaultList), checklists, languages).clients.map((c) => c.id)).toEqual(['acme', 'globex']);
  });
});
