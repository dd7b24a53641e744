import { describe, expect, it } from 'vitest';
import { emptyTicks, resetItems, setTick } from '../checklists/ticks';
import { addClient, emptyClientList } from '../clients/clients';
import { newLadderDraft, serializeLadderDraft } from '../invoices/ladder-draft';
import { newDraft, serializeDraft } from '../letters/draft';
import { addResult, emptyHistory } from '../quiz/history';
import { backupFileName, maxBackupBytes, readBackup, restoreBackup, writeBackup, type Backup, type Stored } from './backup';

const languages = ['nl', 'hu', 'it', 'fr'];
const monday = '2026-11-30T09:00:00.000Z';
const tuesday = '2026-12-01T09:00:00.000Z';
const wednesday = '2026-12-02T09:00:00.000Z';

/** What a reader who used every tool leaves in storage, as the tools write it. */
function readerData(): Stored {
  const clients = addClient(addClient(emptyClientList(), 'Acme', 'acme', monday), 'Globex <b>', 'globex', monday);
  let ticks = setTick(emptyTicks(), 'acme', 'cool-off', true, monday);
  ticks = setTick(ticks, 'globex', 'return-files', true, tuesday);
  ticks = resetItems(setTick(ticks, 'default', 'rehearse', true, monday), 'default', ['rehearse'], tuesday);
  const history = addResult(emptyHistory(), 'acme', { date: monday, answers: 'v1.abc' });
  const letter = { ...newDraft('fr', 'payment-problems'), senderName: 'Eva', clientName: 'Acme' };
  const ladder = {
    ...newLadderDraft('nl', '2026-11-30'),
    senderName: 'Eva',
    invoices: [{ number: 'F-1', dueDate: '2026-10-01', amount: '1.000,00' }],
  };
  return {
    clients: JSON.stringify(clients),
    checklists: JSON.stringify(ticks),
    'quiz-history': JSON.stringify(history),
    'letter-draft': serializeDraft(letter, monday),
    'payment-draft': serializeLadderDraft(ladder, monday),
    country: JSON.stringify('be'),
  };
}

const read = (text: string): Backup => {
  const reading = readBackup(text, languages);
  if (!('backup' in reading)) throw new Error(`refused: ${reading.problem} ${reading.store ?? ''}`);
  return reading.backup;
};

const file = (stores: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ site: 'client-exit', version: 1, exported: tuesday, stores, ...extra });

describe('a backup', () => {
  it('is named with the site and the day', () => {
    expect(backupFileName(new Date(tuesday))).toBe('client-exit-backup-2026-12-01.json');
  });

  it('holds every store and gives it back as it was: export, clear, import', () => {
    const data = readerData();
    const text = writeBackup(data, new Date(tuesday));
    const restored = restoreBackup({}, read(text), 'replace');
    for (const [name, raw] of Object.entries(data)) expect(JSON.parse(restored[name as keyof Stored]!), name).toEqual(JSON.parse(raw));
  });

  it('leaves out what storage holds that is not JSON, and stores that hold nothing', () => {
    const backup = read(writeBackup({ clients: '{broken', country: JSON.stringify('it') }, new Date(tuesday)));
    expect(backup.stores).toEqual({ country: 'it' });
  });
});

describe('reading a file', () => {
  const refused = (text: string) => {
    const reading = readBackup(text, languages);
    return 'problem' in reading ? [reading.problem, reading.store].filter(Boolean).join(' ') : 'read';
  };

  it('refuses a file too large, not JSON, or not a backup of this site', () => {
    expect(refused(' '.repeat(maxBackupBytes + 1))).toBe('tooLarge');
    expect(refused('{"site":')).toBe('notJson');
    expect(refused('<html>')).toBe('notJson');
    expect(refused('[]')).toBe('notBackup');
    expect(refused('null')).toBe('notBackup');
    expect(refused('{"site":"another-site","version":1,"exported":"2026-12-01","stores":{}}')).toBe('notBackup');
    expect(refused(file({}, { exported: 'yesterday' }))).toBe('notBackup');
    expect(refused(file({}, { stores: [] }))).toBe('notBackup');
  });

  it('refuses a file from a newer version of the site', () => {
    expect(refused(file({}, { version: 2 }))).toBe('newerVersion');
  });

  it('refuses keys that reach for an object prototype, anywhere', () => {
    expect(refused(file({ clients: JSON.parse('{"__proto__":{"polluted":true}}') }))).toBe('forbiddenKey');
    expect(refused('{"__proto__":{"site":"client-exit"}}')).toBe('forbiddenKey');
    expect(refused(file({ checklists: { version: 2, ticked: { constructor: ['x'] } } }))).toBe('forbiddenKey');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a store its tool cannot read whole, and names it', () => {
    expect(refused(file({ clients: { version: 1, clients: [{ id: 'a', name: 'Acme' }, { id: 3 }] } }))).toBe('unreadable clients');
    expect(refused(file({ checklists: { version: 2, ticked: { a: 'cool-off' } } }))).toBe('unreadable checklists');
    expect(refused(file({ 'quiz-history': { version: 1, results: { a: [{ date: 'monday', answers: 'x' }] } } }))).toBe('unreadable quiz-history');
    expect(refused(file({ 'letter-draft': { version: 1, draft: { ...newDraft('nl'), lang: 'xx' } } }))).toBe('unreadable letter-draft');
    expect(refused(file({ 'payment-draft': { version: 1, draft: { step: 'sue' } } }))).toBe('unreadable payment-draft');
    expect(refused(file({ country: '<script>' }))).toBe('unreadable country');
    expect(refused(file({ passwords: 'hunter2' }))).toBe('notBackup'); // not a store of this site
  });

  it('reads the first checklist format, which the checklists migrate', () => {
    expect(refused(file({ checklists: { version: 1, done: ['cool-off'] } }))).toBe('read');
  });
});

describe('restoring', () => {
  it('replaces everything with the backup, emptying what it does not hold', () => {
    const backup = read(file({ country: 'fr' }));
    expect(restoreBackup(readerData(), backup, 'replace')).toEqual({
      clients: undefined,
      checklists: undefined,
      'quiz-history': undefined,
      'letter-draft': undefined,
      'payment-draft': undefined,
      country: '"fr"',
    });
  });

  it('merges: keeps both, and where both hold an item the newer wins', () => {
    const here = readerData();
    const there = read(
      file({
        clients: {
          version: 1,
          clients: [
            { id: 'acme', name: 'Acme BV', changed: tuesday },
            { id: 'initech', name: 'Initech', changed: monday },
            { id: 'globex', name: 'Old name' },
          ],
        },
        checklists: {
          version: 2,
          ticked: { acme: ['ask-a-peer'], globex: ['cool-off'], initech: ['cool-off'] },
          changed: { acme: wednesday, globex: monday },
        },
        'quiz-history': {
          version: 1,
          results: {
            acme: [
              { date: tuesday, answers: 'v1.def' },
              { date: monday, answers: 'v1.abc' },
            ],
          },
        },
        'letter-draft': { version: 1, draft: { ...newDraft('nl'), senderName: 'Older' }, saved: '2026-01-01T00:00:00.000Z' },
        'payment-draft': { version: 1, draft: { ...newLadderDraft('nl', '2026-12-01'), senderName: 'Newer' }, saved: wednesday },
        country: 'nl',
      }),
    );
    const merged = restoreBackup(here, there, 'merge');
    expect(JSON.parse(merged.clients!).clients).toEqual([
      { id: 'acme', name: 'Acme BV', changed: tuesday }, // renamed later in the backup
      { id: 'globex', name: 'Globex <b>', changed: monday }, // the backup's name has no date: ours stays
      { id: 'initech', name: 'Initech', changed: monday }, // only in the backup: added
    ]);
    const ticks = JSON.parse(merged.checklists!);
    expect(ticks.ticked).toEqual({ acme: ['ask-a-peer'], globex: ['return-files'], default: [], initech: ['cool-off'] });
    expect(ticks.changed).toEqual({ acme: wednesday, globex: tuesday, default: tuesday });
    // The merged stores read whole again: a backup of them can be restored in turn.
    expect(readBackup(writeBackup(merged, new Date(wednesday)), languages)).toHaveProperty('backup');
    expect(JSON.parse(merged['quiz-history']!).results.acme.map((r: { date: string }) => r.date)).toEqual([tuesday, monday]);
    expect(JSON.parse(merged['letter-draft']!).draft.senderName).toBe('Eva'); // ours is newer
    expect(JSON.parse(merged['payment-draft']!).draft.senderName).toBe('Newer');
    expect(merged.country).toBe('"be"'); // the country chosen here stays
  });

  it('merges ticks that carry no date by keeping every tick of both', () => {
    const here = { checklists: JSON.stringify({ version: 2, ticked: { a: ['x'] } }) };
    const there = read(file({ checklists: { version: 2, ticked: { a: ['y'] } } }));
    expect(JSON.parse(restoreBackup(here, there, 'merge').checklists!).ticked).toEqual({ a: ['x', 'y'] });
  });

  it('fills an empty browser from the backup when merging', () => {
    const data = readerData();
    expect(restoreBackup({}, read(writeBackup(data, new Date(tuesday))), 'merge')).toEqual(
      Object.fromEntries(Object.entries(data).map(([name, raw]) => [name, JSON.stringify(JSON.parse(raw))])),
    );
  });
});
