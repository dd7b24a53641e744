import { describe, expect, it } from 'vitest';
import { fillAround } from './fill';

describe('fillAround', () => {
  it('splits around the slot that takes markup and fills the others', () => {
    expect(fillAround('{cite}, checked on {date}', 'cite', { date: '30 November 2026' })).toEqual(['', ', checked on 30 November 2026']);
    expect(fillAround('Lees het bij {authority}.', 'authority')).toEqual(['Lees het bij ', '.']);
  });

  it('throws when the slot is missing or repeated', () => {
    expect(() => fillAround('checked on {date}', 'cite', { date: 'x' })).toThrow('must hold {cite} exactly once');
    expect(() => fillAround('{cite} {cite}', 'cite')).toThrow();
  });
});
