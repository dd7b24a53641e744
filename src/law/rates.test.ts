import { describe, expect, it } from 'vitest';
import type { RateRow } from './data';
import { formatDay, formatRate, rateStatus, ratesFor } from './rates';

const row = (client: RateRow['client'], from: string, to: string, ratePercent: number): RateRow => ({
  client,
  from,
  to,
  ratePercent,
  how: 'test',
  source: 'https://www.mnb.hu/',
  checked: '2026-11-30',
});
const rows = [
  row('business', '2025-07-01', '2025-12-31', 14.5),
  row('business', '2026-01-01', '2026-06-30', 14.25),
  row('consumer', '2026-01-01', '2026-06-30', 6.5),
];

describe('rateStatus', () => {
  it('gives the row of the period that contains the day, first and last days included', () => {
    expect(rateStatus(rows, 'business', '2026-01-01')).toEqual({ kind: 'current', row: rows[1] });
    expect(rateStatus(rows, 'business', '2026-06-30')).toEqual({ kind: 'current', row: rows[1] });
    expect(rateStatus(rows, 'business', '2025-12-31')).toEqual({ kind: 'current', row: rows[0] });
  });

  it('after the last known period, gives that period as history, never as the current rate', () => {
    expect(rateStatus(rows, 'business', '2026-11-30')).toEqual({ kind: 'stale', last: rows[1] });
    expect(rateStatus(rows, 'consumer', '2027-01-01')).toEqual({ kind: 'stale', last: rows[2] });
  });

  it('says nothing before the first known period or without rows', () => {
    expect(rateStatus(rows, 'business', '2020-01-01')).toEqual({ kind: 'none' });
    expect(rateStatus([], 'consumer', '2026-01-01')).toEqual({ kind: 'none' });
  });
});

describe('ratesFor', () => {
  it("lists one kind of client's periods, newest first", () => {
    expect(ratesFor(rows, 'business').map((r) => r.from)).toEqual(['2026-01-01', '2025-07-01']);
  });
});

describe('formatRate', () => {
  it('writes a rate as each language does', () => {
    expect(formatRate(14.5, 'hu')).toBe('14,5%');
    expect(formatRate(11.15, 'nl')).toBe('11,15%');
    expect(formatRate(2.62, 'fr')).toBe('2,62\u00a0%');
    expect(formatRate(8, 'it')).toBe('8%');
  });
});

describe('formatDay', () => {
  it('writes a day in full in the page language, whatever the time zone', () => {
    expect(formatDay('2026-07-01', 'nl')).toBe('1 juli 2026');
    expect(formatDay('2026-07-01', 'hu')).toBe('2026. július 1.');
  });
});
