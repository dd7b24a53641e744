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

describe('ticking', () => {
  const items = ['cool-off', 'weigh-income', 'ask-a-peer'];

  it('ticks and unticks per client', () => {
    let state = setTick(emptyTicks(), 'acme', 'cool-off', true);
    state = setTick(state, 'acme', 'ask-a-peer', true);
    state = setTick(state, 'globex', 'cool-off', true);
    expect(progress(state, 'acme', items)).toEqual({ done: 2, total: 3 });
    expect(progress(state, 'globex', items)).toEqual({ done: 1, total: 3 });
    state = setTick(state, 'acme', 'cool-off', false);
    expect(isTicked(state, 'acme', 'cool-off')).toBe(false);
    expect(isTicked(state, 'globex', 'cool-off')).toBe(true);
  });

  it('ticking twice keeps one tick', () => {
    const state = setTick(setTick(emptyTicks(), 'a', 'x', true), 'a', 'x', true);
    expect(state.ticked.a).toEqual(['x']);
  });

  it('resets one checklist for one client only', () => {
    let state = setTick(emptyTicks(), 'a', 'cool-off', true);
    state = setTick(state, 'a', 'return-files', true);
    state = setTick(state, 'b', 'cool-off', true);
    state = resetItems(state, 'a', items);
    expect(state.ticked).toEqual({ a: ['return-files'], b: ['cool-off'] });
  });

  it('forgets a deleted client', () => {
    const state = forgetClient(setTick(setTick(emptyTicks(), 'a', 'x', true), 'b', 'x', true), 'a');
    expect(state.ticked).toEqual({ b: ['x'] });
  });

  it('survives a JSON round trip', () => {
    const state = setTick(emptyTicks(), defaultList, 'rehearse', true);
    expect(parseTicks(JSON.stringify(state))).toEqual(state);
  });
});
