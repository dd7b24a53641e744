import { describe, expect, it } from 'vitest';
import { addClient, emptyClientList, maxNameLength, nameProblem, parseClients, removeClient, renameClient, selectClient } from './clients';

const now = '2026-12-01T09:00:00.000Z';
const later = '2026-12-02T09:00:00.000Z';

describe('parseClients', () => {
  it('gives an empty list for nothing, junk, or another version', () => {
    for (const raw of [null, '', '{', 'null', '42', '{"version":9,"clients":[]}', '{"version":1,"clients":"x"}']) {
      expect(parseClients(raw)).toEqual(emptyClientList());
    }
  });

  it('keeps the valid clients of a damaged list and drops a current id that no longer exists', () => {
    const raw = JSON.stringify({ version: 1, clients: [{ id: 'a', name: 'Acme' }, { id: 3 }, { id: 'b', name: '  ' }], current: 'b' });
    expect(parseClients(raw)).toEqual({ version: 1, clients: [{ id: 'a', name: 'Acme' }] });
    // A stamp that is not text is dropped; the client stays.
    expect(parseClients(JSON.stringify({ version: 1, clients: [{ id: 'a', name: 'Acme', changed: 4 }] })).clients).toEqual([
      { id: 'a', name: 'Acme' },
    ]);
  });

  it('round-trips through JSON', () => {
    const list = addClient(emptyClientList(), 'Bakkerij <Jansen> & Zn', 'x1', now);
    expect(parseClients(JSON.stringify(list))).toEqual(list);
  });
});

describe('client names', () => {
  it('must have text and a sensible length', () => {
    expect(nameProblem('   ')).toBe('required');
    expect(nameProblem('x'.repeat(maxNameLength + 1))).toBe('tooLong');
    expect(nameProblem(' Studio Ősz ')).toBeUndefined();
  });
});

describe('editing clients', () => {
  const two = addClient(addClient(emptyClientList(), 'Acme', 'a', now), 'Globex', 'g', now);

  it('adds a client and makes it current', () => {
    expect(two.clients.map((c) => c.name)).toEqual(['Acme', 'Globex']);
    expect(two.current).toBe('g');
  });

  it('renames one client, trimmed', () => {
    expect(renameClient(two, 'a', '  Acme BV ', later).clients[0]).toEqual({ id: 'a', name: 'Acme BV', changed: later });
  });

  it('refuses an empty name', () => {
    expect(() => addClient(two, ' ', 'z', now)).toThrow(/required/);
    expect(() => renameClient(two, 'a', '', now)).toThrow(/required/);
  });

  it('removes a client; removing the current one falls back to the unnamed list', () => {
    expect(removeClient(two, 'g')).toEqual({ version: 1, clients: [{ id: 'a', name: 'Acme', changed: now }] });
    expect(removeClient(two, 'a').current).toBe('g');
  });

  it('selects only clients that exist', () => {
    expect(selectClient(two, 'a').current).toBe('a');
    expect(selectClient(two, 'nope').current).toBeUndefined();
    expect(selectClient(two, undefined).current).toBeUndefined();
  });
});
