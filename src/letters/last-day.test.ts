import { describe, expect, it } from 'vitest';
import { lastWorkingDay } from './last-day';

const iso = (d: Date | undefined) =>
  d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : undefined;
const monday = new Date(2026, 10, 23); // Monday 23 November 2026

describe('lastWorkingDay', () => {
  it('counts two weeks and 30 days', () => {
    expect(iso(lastWorkingDay(monday, '2-weeks'))).toBe('2026-12-07');
    expect(iso(lastWorkingDay(monday, '30-days'))).toBe('2026-12-23');
  });

  it('moves a weekend back to the Friday', () => {
    const thursday = new Date(2026, 10, 26); // +30 days = Saturday 26 December
    expect(iso(lastWorkingDay(thursday, '30-days'))).toBe('2026-12-25');
    const friday = new Date(2026, 10, 27); // +30 days = Sunday 27 December
    expect(iso(lastWorkingDay(friday, '30-days'))).toBe('2026-12-25');
  });

  it('gives two months for a transition, clamped at month ends by the calendar', () => {
    expect(iso(lastWorkingDay(new Date(2026, 0, 31), '1-2-months'))).toBe('2026-03-31');
  });

  it('takes a chosen date as it is, and nothing for an invalid one', () => {
    expect(iso(lastWorkingDay(monday, 'date', new Date(2027, 1, 13)))).toBe('2027-02-13');
    expect(lastWorkingDay(monday, 'date', new Date('garbage'))).toBeUndefined();
    expect(lastWorkingDay(monday, 'date')).toBeUndefined();
  });

  it('names no date for an immediate ending or a milestone', () => {
    expect(lastWorkingDay(monday, 'immediately')).toBeUndefined();
    expect(lastWorkingDay(monday, 'milestone')).toBeUndefined();
  });
});
