import { describe, expect, it } from 'vitest';
import { defaultList } from '../clients/clients';
import { emptyTicks, forgetClient, isTicked, parseTicks, progress, resetItems, setTick } from './ticks';

describe('parseTicks', () => {
  it('gives an empty state for nothing or junk', () => {
    for (const raw of [null, '', 'not json', '[]', 'null', '{"version":7}', '{"version":2,"ticked":null}']) {
      expect(parseTicks(raw)).toEqual(emptyTicks());
    }
  });

  it('migrates the first format (one shared list) to the default list', () => {
    expect(parseTicks('{"version":1,"done":["cool-off","rehearse","cool-off",4]}')).toEqual({
      version: 2,
      ticked: { [defaultList]: ['cool-off', 'rehearse'] },
    });
  });

  it('drops entries that are not lists of ids', () => {
    expect(parseTicks('{"version":2,"ticked":{"a":["x",null],"b":"y","c":[]}}')).toEqual({ version: 2, ticked: { a: ['x'] } });
  });
});

const now = '2026-12-01T09:00:00.000Z';
const later = '2026-12-02T09:00:00.000Z';

describe('ticking', () => {
  const items = ['cool-off', 'weigh-income', 'ask-a-peer'];

  it('ticks and unticks per client', () => {
    let state = setTick(emptyTicks(), 'acme', 'cool-off', true, now);
    state = setTick(state, 'acme', 'ask-a-peer', true, now);
    state = setTick(state, 'globex', 'cool-off', true, now);
    expect(progress(state, 'acme', items)).toEqual({ done: 2, total: 3 });
    expect(progress(state, 'globex', items)).toEqual({ done: 1, total: 3 });
    state = setTick(state, 'acme', 'cool-off', false, now);
    expect(isTicked(state, 'acme', 'cool-off')).toBe(false);
    expect(isTicked(state, 'globex', 'cool-off')).toBe(true);
  });

  it('ticking twice keeps one tick', () => {
    const state = setTick(setTick(emptyTicks(), 'a', 'x', true, now), 'a', 'x', true, now);
    expect(state.ticked.a).toEqual(['x']);
  });

  it('resets one checklist for one client only', () => {
    let state = setTick(emptyTicks(), 'a', 'cool-off', true, now);
    state = setTick(state, 'a', 'return-files', true, now);
    state = setTick(state, 'b', 'cool-off', true, now);
    state = resetItems(state, 'a', items, later);
    expect(state.ticked).toEqual({ a: ['return-files'], b: ['cool-off'] });
  });

  it('stamps when each client’s ticks last changed, and forgets the stamp with the client', () => {
    let state = setTick(emptyTicks(), 'a', 'x', true, now);
    state = setTick(state, 'b', 'x', true, now);
    state = resetItems(state, 'a', ['x'], later);
    expect(state.changed).toEqual({ a: later, b: now });
    expect(forgetClient(state, 'a').changed).toEqual({ b: now });
    // A client who unticked everything keeps the stamp, so an older backup cannot bring the ticks back.
    expect(parseTicks(JSON.stringify(state))).toEqual({ version: 2, ticked: { b: ['x'] }, changed: { a: later, b: now } });
    expect(parseTicks('{"version":2,"ticked":{"a":["x"]},"changed":{"a":"yesterday","b":4}}')).toEqual({ version: 2, ticked: { a: ['x'] } });
  });

  it('forgets a deleted client', () => {
    const state = forgetClient(setTick(setTick(emptyTicks(), 'a', 'x', true, now), 'b', 'x', true, now), 'a');
    expect(state.ticked).toEqual({ b: ['x'] });
  });

  it('survives a JSON round trip', () => {
    const state = setTick(emptyTicks(), defaultList, 'rehearse', true, now);
    expect(parseTicks(JSON.stringify(state))).toEqual(state);
  });
});
