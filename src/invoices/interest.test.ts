import { describe, expect, it } from 'vitest';
import { addDays, daysIncluded, halfYearOf, interestFor, lateInterest, type RatePeriod } from './interest';

// The Dutch commercial rate (wettelijke handelsrente) as content/law/countries/nl.json holds it.
const nlBusiness: RatePeriod[] = [
  { from: '2024-01-01', to: '2024-06-30', ratePercent: 12.5 },
  { from: '2024-07-01', to: '2024-12-31', ratePercent: 12.25 },
  { from: '2025-01-01', to: '2025-06-30', ratePercent: 11.15 },
];

describe('days', () => {
  it('counts both ends, moves across months and leap days, and finds the half-year', () => {
    expect(daysIncluded('2024-04-01', '2024-06-30')).toBe(91);
    expect(daysIncluded('2024-02-28', '2024-03-01')).toBe(3);
    expect(daysIncluded('2024-03-01', '2024-02-28')).toBe(0);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(halfYearOf('2025-06-30')).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(halfYearOf('2025-07-01')).toEqual({ from: '2025-07-01', to: '2025-12-31' });
  });
});

describe('interestFor', () => {
  it('rounds half up to a whole minor unit, without floating-point drift', () => {
    // 1 000 000 cents × 10 % × 73 days / 365 = exactly 20 000 cents.
    expect(interestFor(1_000_000, 10, 73)).toBe(20_000);
    // 100 000 × 12.5 % × 91 / 365 = 3 116.44 → 3 116; 1 000 × 18.25 % × 1 / 365 = 0.5 → 1 (half up).
    expect(interestFor(100_000, 12.5, 91)).toBe(3116);
    expect(interestFor(1_000, 18.25, 1)).toBe(1);
  });
});

describe('lateInterest', () => {
  it('splits the days at each rate period (worked by hand from art. 6:119a and 6:120 lid 2 BW)', () => {
    // €1 000 due 31 March 2024, counted to 31 December 2024: 91 days at 12.5 %, 184 days at 12.25 %.
    const result = lateInterest({ amount: 100_000, firstDay: '2024-04-01', lastDay: '2024-12-31', rates: nlBusiness, compounding: 'yearly' });
    expect(result).toEqual({
      kind: 'computed',
      interest: 3116 + 6175,
      lines: [
        { from: '2024-04-01', to: '2024-06-30', days: 91, ratePercent: 12.5, entered: false, base: 100_000, interest: 3116 },
        { from: '2024-07-01', to: '2024-12-31', days: 184, ratePercent: 12.25, entered: false, base: 100_000, interest: 6175 },
      ],
    });
  });

  it("adds a year's interest to the sum on each anniversary where interest compounds (art. 6:119a lid 3 BW)", () => {
    // The year from 1 April 2024 ends on 31 March 2025: €120.40 of interest joins the €1 000 from 1 April.
    const rates = [...nlBusiness, { from: '2025-07-01', to: '2025-12-31', ratePercent: 10.15, entered: true }];
    const result = lateInterest({ amount: 100_000, firstDay: '2024-04-01', lastDay: '2025-07-10', rates, compounding: 'yearly' });
    if (result.kind !== 'computed') throw new Error('expected a computed result');
    expect(result.lines.map((line) => [line.from, line.to, line.days, line.base, line.interest])).toEqual([
      ['2024-04-01', '2024-06-30', 91, 100_000, 3116],
      ['2024-07-01', '2024-12-31', 184, 100_000, 6175],
      ['2025-01-01', '2025-03-31', 90, 100_000, 2749],
      ['2025-04-01', '2025-06-30', 91, 112_040, 3115],
      ['2025-07-01', '2025-07-10', 10, 112_040, 312],
    ]);
    expect(result.lines.at(-1)!.entered).toBe(true);
    expect(result.interest).toBe(3116 + 6175 + 2749 + 3115 + 312);
  });

  it('keeps interest simple where the law does not compound it', () => {
    const result = lateInterest({ amount: 100_000, firstDay: '2024-04-01', lastDay: '2025-04-30', rates: nlBusiness, compounding: 'none' });
    if (result.kind !== 'computed') throw new Error('expected a computed result');
    expect(new Set(result.lines.map((line) => line.base))).toEqual(new Set([100_000]));
    expect(result.lines.at(-1)).toMatchObject({ from: '2025-01-01', to: '2025-04-30', days: 120 });
  });

  it('asks for the rate of every half-year the table does not cover, and computes nothing until then', () => {
    const result = lateInterest({ amount: 100_000, firstDay: '2025-05-01', lastDay: '2026-08-15', rates: nlBusiness, compounding: 'yearly' });
    expect(result).toEqual({
      kind: 'needs-rates',
      missing: [
        { from: '2025-07-01', to: '2025-12-31' },
        { from: '2026-01-01', to: '2026-06-30' },
        { from: '2026-07-01', to: '2026-12-31' },
      ],
    });
  });

  it('asks for a gap inside the table too, and counts nothing for a first day after the last', () => {
    const gap = [nlBusiness[0]!, nlBusiness[2]!];
    expect(lateInterest({ amount: 100, firstDay: '2024-06-01', lastDay: '2025-01-31', rates: gap, compounding: 'none' })).toEqual({
      kind: 'needs-rates',
      missing: [{ from: '2024-07-01', to: '2024-12-31' }],
    });
    expect(lateInterest({ amount: 100, firstDay: '2025-02-01', lastDay: '2025-01-31', rates: gap, compounding: 'none' })).toEqual({
      kind: 'computed',
      lines: [],
      interest: 0,
    });
  });
});
