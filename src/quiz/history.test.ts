import { describe, expect, it } from 'vitest';
import { addResult, emptyHistory, forgetClientHistory, maxResults, parseHistory, removeResult, resultsOf } from './history';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9, 30)).toISOString();

describe('parseHistory', () => {
  it('gives an empty history for nothing, junk or another version', () => {
    for (const raw of [null, '', '{', 'null', '[]', '"text"', '{"version":2,"results":{}}', '{"version":1,"results":null}', '{"version":1}']) {
      expect(parseHistory(raw)).toEqual(emptyHistory());
    }
  });

  it('keeps the valid entries of a damaged history, newest first, and drops clients left empty', () => {
    const raw = JSON.stringify({
      version: 1,
      results: {
        a: [{ date: at(3), answers: '1.00' }, { date: 'yesterday', answers: '1.11' }, { date: at(9), answers: '1.22', extra: 'x' }, null, 7],
        b: 'not a list',
        c: [{ date: at(1) }],
        d: [{ date: at(2), answers: 'x'.repeat(500) }],
      },
    });
    expect(parseHistory(raw)).toEqual({
      version: 1,
      results: {
        a: [
          { date: at(9), answers: '1.22' },
          { date: at(3), answers: '1.00' },
        ],
      },
    });
  });

  it('keeps at most the newest entries of a client', () => {
    const many = Array.from({ length: maxResults + 5 }, (_, i) => ({ date: at(i + 1), answers: `1.${i}` }));
    const list = resultsOf(parseHistory(JSON.stringify({ version: 1, results: { a: many } })), 'a');
    expect(list).toHaveLength(maxResults);
    expect(list[0]!.date).toBe(at(maxResults + 5));
  });

  it('round-trips through JSON', () => {
    const state = addResult(addResult(emptyHistory(), 'a', { date: at(1), answers: '1.0' }), 'default', { date: at(2), answers: '1.2' });
    expect(parseHistory(JSON.stringify(state))).toEqual(state);
  });
});

describe('editing the history', () => {
  const two = addResult(addResult(emptyHistory(), 'acme', { date: at(1), answers: '1.0' }), 'acme', { date: at(5), answers: '1.2' });

  it('adds a result as the newest, per client', () => {
    const state = addResult(two, 'globex', { date: at(6), answers: '1.1' });
    expect(resultsOf(state, 'acme').map((r) => r.answers)).toEqual(['1.2', '1.0']);
    expect(resultsOf(state, 'globex').map((r) => r.answers)).toEqual(['1.1']);
    expect(resultsOf(state, 'nobody')).toEqual([]);
  });

  it('does not repeat unchanged answers on the same day, but records them on another day', () => {
    const later = new Date(Date.parse(at(5)) + 3_600_000).toISOString();
    expect(addResult(two, 'acme', { date: later, answers: '1.2' })).toBe(two);
    expect(resultsOf(addResult(two, 'acme', { date: later, answers: '1.1' }), 'acme')).toHaveLength(3);
    expect(resultsOf(addResult(two, 'acme', { date: at(8), answers: '1.2' }), 'acme')).toHaveLength(3);
  });

  it('drops the oldest result beyond the limit', () => {
    let state = emptyHistory();
    for (let day = 1; day <= maxResults + 1; day++) state = addResult(state, 'acme', { date: at(day), answers: `1.${day}` });
    expect(resultsOf(state, 'acme')).toHaveLength(maxResults);
    expect(resultsOf(state, 'acme').at(-1)!.date).toBe(at(2));
  });

  it('removes one result by its date, and the client with its last one', () => {
    const one = removeResult(two, 'acme', at(5));
    expect(resultsOf(one, 'acme')).toEqual([{ date: at(1), answers: '1.0' }]);
    expect(removeResult(one, 'acme', at(1)).results).toEqual({});
  });

  it('forgets one client and leaves the others', () => {
    const state = addResult(two, 'globex', { date: at(6), answers: '1.1' });
    expect(Object.keys(forgetClientHistory(state, 'acme').results)).toEqual(['globex']);
  });
});
