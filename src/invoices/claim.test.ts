import { describe, expect, it } from 'vitest';
import type { CountryFile } from '../law/data';
import { lateClaim, scaleCosts, type ClaimInput, type InvoiceClaim } from './claim';
import { lateInterest } from './interest';
import be from '../../content/law/countries/be.json';
import eu from '../../content/law/countries/eu.json';
import fr from '../../content/law/countries/fr.json';
import hu from '../../content/law/countries/hu.json';
import it_ from '../../content/law/countries/it.json';
import nl from '../../content/law/countries/nl.json';

// Worked examples per country, on the site's own rules and rate tables (content/law/countries/). Unless
// a test names a published example, each was worked by hand from the statute cited in the country file:
// interest = sum × rate × days / 36 500 for each stretch of days at one rate, rounded half up to the
// cent (the forint in Hungary); where interest compounds (NL, art. 6:119 lid 2 and 6:119a lid 3 BW) a
// year's interest joins the sum at the end of each year of delay. Rates for half-years the tables do not
// hold are the reader's input (`enteredRates`), as the tool asks for them; their values here are
// examples, not rates the site states.

const countries = { nl, be, hu, it: it_, fr, eu } as unknown as Record<string, CountryFile>;
const input = (country: string, client: 'business' | 'consumer', rest: Omit<ClaimInput, 'rule' | 'rateTable'>): ClaimInput => ({
  rule: countries[country]!.lateClaims[client],
  rateTable: countries[country]!.statutoryInterest,
  ...rest,
});
const lines = (claim: InvoiceClaim) =>
  claim.interest.kind === 'computed'
    ? claim.interest.lines.map((l) => [l.from, l.to, l.days, l.ratePercent, l.base, l.interest])
    : claim.interest.kind;

describe('the Netherlands', () => {
  it('business: two invoices, the commercial rate by period, and the scale over the whole claim', () => {
    const claim = lateClaim(
      input('nl', 'business', {
        invoices: [
          { number: 'A', dueDate: '2024-03-31', amount: 100_000 },
          { number: 'B', dueDate: '2024-09-30', amount: 200_000 },
        ],
        until: '2025-03-31',
      }),
    );
    expect(lines(claim.invoices[0]!)).toEqual([
      ['2024-04-01', '2024-06-30', 91, 12.5, 100_000, 3116],
      ['2024-07-01', '2024-12-31', 184, 12.25, 100_000, 6175],
      ['2025-01-01', '2025-03-31', 90, 11.15, 100_000, 2749],
    ]);
    expect(lines(claim.invoices[1]!)).toEqual([
      ['2024-10-01', '2024-12-31', 92, 12.25, 200_000, 6175],
      ['2025-01-01', '2025-03-31', 90, 11.15, 200_000, 5499],
    ]);
    // The scale of the Besluit over €3 000: 15 % of €2 500 + 10 % of €500 = €425.
    expect(claim.invoices.map((c) => c.costs)).toEqual([{ kind: 'computed', amount: 42_500 }, { kind: 'none' }]);
    expect(claim).toMatchObject({ principal: 300_000, interest: 23_714, costs: 42_500, total: 366_214, complete: true });
  });

  it('business: a year of delay adds its interest to the sum', () => {
    const claim = lateClaim(input('nl', 'business', { invoices: [{ number: 'C', dueDate: '2025-02-28', amount: 1_000_000 }], until: '2026-03-15' }));
    expect(lines(claim.invoices[0]!)).toEqual([
      ['2025-03-01', '2025-06-30', 122, 11.15, 1_000_000, 37_268],
      ['2025-07-01', '2025-12-31', 184, 10.15, 1_000_000, 51_167],
      ['2026-01-01', '2026-02-28', 59, 10.15, 1_000_000, 16_407],
      ['2026-03-01', '2026-03-15', 15, 10.15, 1_104_842, 4609],
    ]);
    // €10 000 on the scale: €375 + €250 + €250.
    expect(claim).toMatchObject({ interest: 109_451, costs: 87_500 });
  });

  it('consumer: the rate the reader enters, and the costs only once the 14-day letter has gone unanswered', () => {
    const base = {
      invoices: [{ number: 'D', dueDate: '2025-05-31', amount: 50_000 }],
      until: '2025-08-31',
      enteredRates: { '2025-01-01': 6, '2025-07-01': 6 },
    };
    const before = lateClaim(input('nl', 'consumer', base));
    expect(lines(before.invoices[0]!)).toEqual([
      ['2025-06-01', '2025-06-30', 30, 6, 50_000, 247],
      ['2025-07-01', '2025-08-31', 62, 6, 50_000, 510],
    ]);
    expect(before.invoices[0]!.costs).toEqual({ kind: 'after-notice', days: 14 });
    // The 14-day letter announces them: 15 % of €500 = €75, over the €40 minimum.
    expect(before).toMatchObject({ interest: 757, costs: 0, total: 50_757, announcedCosts: 7500 });
    expect(lateClaim(input('nl', 'consumer', { ...base, noticeDeadlinePassed: true }))).toMatchObject({ costs: 7500, total: 58_257 });
    // Without the reader's rates, nothing is computed: the tool asks for them.
    expect(lateClaim(input('nl', 'consumer', { ...base, enteredRates: {} }))).toMatchObject({
      complete: false,
      missingRates: [
        { from: '2025-01-01', to: '2025-06-30' },
        { from: '2025-07-01', to: '2025-12-31' },
      ],
    });
  });
});

describe('Belgium', () => {
  it('business: the rate by half-year and 40 euros per invoice', () => {
    const claim = lateClaim(
      input('be', 'business', {
        invoices: [
          { number: 'E', dueDate: '2025-03-15', amount: 120_000 },
          { number: 'F', dueDate: '2025-05-31', amount: 80_000 },
        ],
        until: '2025-12-31',
      }),
    );
    expect(lines(claim.invoices[0]!)).toEqual([
      ['2025-03-16', '2025-06-30', 107, 11.5, 120_000, 4045],
      ['2025-07-01', '2025-12-31', 184, 10.5, 120_000, 6352],
    ]);
    expect(lines(claim.invoices[1]!)).toEqual([
      ['2025-06-01', '2025-06-30', 30, 11.5, 80_000, 756],
      ['2025-07-01', '2025-12-31', 184, 10.5, 80_000, 4235],
    ]);
    expect(claim).toMatchObject({ interest: 15_388, costs: 8000, total: 223_388 });
  });

  it('business: one month at one rate', () => {
    const claim = lateClaim(input('be', 'business', { invoices: [{ number: 'G', dueDate: '2024-12-31', amount: 500_000 }], until: '2025-01-31' }));
    expect(claim).toMatchObject({ interest: 4884, costs: 4000, total: 508_884 });
  });

  it('consumer: nothing without a clause in the contract', () => {
    const claim = lateClaim(input('be', 'consumer', { invoices: [{ number: 'H', dueDate: '2025-01-31', amount: 30_000 }], until: '2025-06-30' }));
    expect(claim.invoices[0]).toMatchObject({ interest: { kind: 'none' }, costs: { kind: 'none' } });
    expect(claim).toMatchObject({ total: 30_000, complete: true });
  });
});

describe('Hungary', () => {
  it('business: forints, the base rate + 8 points, and 40 euros at the rate of the first day late', () => {
    const invoices = [
      { number: 'I', dueDate: '2025-03-10', amount: 500_000 },
      { number: 'J', dueDate: '2025-06-20', amount: 250_000 },
    ];
    const without = lateClaim(input('hu', 'business', { invoices, until: '2026-02-15' }));
    expect(without).toMatchObject({ complete: false, missingEuroRates: ['2025-03-11', '2025-06-21'] });
    const claim = lateClaim(input('hu', 'business', { invoices, until: '2026-02-15', euroRates: { '2025-03-11': 400.12, '2025-06-21': 402.35 } }));
    expect(lines(claim.invoices[0]!)).toEqual([
      ['2025-03-11', '2025-06-30', 112, 14.5, 500_000, 22_247],
      ['2025-07-01', '2025-12-31', 184, 14.5, 500_000, 36_548],
      ['2026-01-01', '2026-02-15', 46, 14.5, 500_000, 9137],
    ]);
    // 40 × 400.12 = 16 004.8 → 16 005 Ft; 40 × 402.35 = 16 094 Ft.
    expect(claim).toMatchObject({ interest: 67_932 + 23_835, costs: 16_005 + 16_094, complete: true });
  });

  it('consumer: the base rate alone, across a change of rate', () => {
    const claim = lateClaim(input('hu', 'consumer', { invoices: [{ number: 'K', dueDate: '2024-09-30', amount: 120_000 }], until: '2025-01-31' }));
    expect(lines(claim.invoices[0]!)).toEqual([
      ['2024-10-01', '2024-12-31', 92, 7, 120_000, 2117],
      ['2025-01-01', '2025-01-31', 31, 6.5, 120_000, 662],
    ]);
    expect(claim).toMatchObject({ interest: 2779, costs: 0, total: 122_779 });
  });

  it('business: past the last known half-year, asks for its rate and never reuses an old one', () => {
    const claim = lateClaim(input('hu', 'business', { invoices: [{ number: 'L', dueDate: '2026-05-31', amount: 100_000 }], until: '2026-08-31' }));
    expect(claim).toMatchObject({ complete: false, interest: 0, missingRates: [{ from: '2026-07-01', to: '2026-12-31' }] });
  });
});

describe('Italy', () => {
  it('interest runs only from the formal notice (messa in mora): none before it is sent', () => {
    const claim = lateClaim(
      input('it', 'business', {
        invoices: [
          { number: 'M', dueDate: '2025-10-31', amount: 300_000 },
          { number: 'N', dueDate: '2025-11-30', amount: 150_000 },
        ],
        until: '2026-01-15',
      }),
    );
    expect(claim.invoices.map((c) => c.interest.kind)).toEqual(['from-notice', 'from-notice']);
    expect(claim).toMatchObject({ interest: 0, costs: 0, total: 450_000, complete: true });
  });

  it('from the day after the notice reached the client, at the legal rate the reader enters', () => {
    const claim = lateClaim(
      input('it', 'business', {
        invoices: [{ number: 'M', dueDate: '2025-10-31', amount: 300_000 }],
        until: '2026-03-16',
        formalNoticeDay: '2026-01-15',
        enteredRates: { '2026-01-01': 1.6 },
      }),
    );
    expect(lines(claim.invoices[0]!)).toEqual([['2026-01-16', '2026-03-16', 60, 1.6, 300_000, 789]]);
  });

  it('consumer: the same rule, and a missing rate is asked for', () => {
    const claim = lateClaim(
      input('it', 'consumer', {
        invoices: [{ number: 'O', dueDate: '2025-12-31', amount: 80_000 }],
        until: '2026-02-28',
        formalNoticeDay: '2026-01-10',
      }),
    );
    expect(claim).toMatchObject({ complete: false, missingRates: [{ from: '2026-01-01', to: '2026-06-30' }] });
  });
});

describe('France', () => {
  it('business: the ECB rate + 10 points by half-year and 40 euros per invoice', () => {
    const claim = lateClaim(
      input('fr', 'business', {
        invoices: [
          { number: 'P', dueDate: '2025-04-30', amount: 200_000 },
          { number: 'Q', dueDate: '2025-09-15', amount: 350_000 },
        ],
        until: '2026-01-31',
      }),
    );
    expect(lines(claim.invoices[0]!)).toEqual([
      ['2025-05-01', '2025-06-30', 61, 13.15, 200_000, 4395],
      ['2025-07-01', '2025-12-31', 184, 12.15, 200_000, 12_250],
      ['2026-01-01', '2026-01-31', 31, 12.15, 200_000, 2064],
    ]);
    expect(lines(claim.invoices[1]!)).toEqual([
      ['2025-09-16', '2025-12-31', 107, 12.15, 350_000, 12_466],
      ['2026-01-01', '2026-01-31', 31, 12.15, 350_000, 3612],
    ]);
    expect(claim).toMatchObject({ interest: 18_709 + 16_078, costs: 8000, total: 550_000 + 34_787 + 8000 });
  });

  it('consumer: the legal rate from the mise en demeure', () => {
    const claim = lateClaim(
      input('fr', 'consumer', {
        invoices: [{ number: 'R', dueDate: '2025-09-30', amount: 150_000 }],
        until: '2026-02-28',
        formalNoticeDay: '2025-10-10',
      }),
    );
    expect(lines(claim.invoices[0]!)).toEqual([
      ['2025-10-11', '2025-12-31', 82, 2.76, 150_000, 930],
      ['2026-01-01', '2026-02-28', 59, 2.62, 150_000, 635],
    ]);
  });

  it("matches service-public's worked example: 2 000 € × 30 days × 3.11 % / 365 = 5.11 €, 365 days in a leap year too", () => {
    // Fiche F783 (DILA), as reproduced on mairie sites ("Vérifié le 01/01/2025"); the rate of 2020-H2.
    const result = lateInterest({
      amount: 200_000,
      firstDay: '2020-09-01',
      lastDay: '2020-09-30',
      rates: [{ from: '2020-07-01', to: '2020-12-31', ratePercent: 3.11 }],
      compounding: 'none',
    });
    expect(result).toMatchObject({ kind: 'computed', interest: 511 });
  });
});

describe('another country (the EU directive)', () => {
  it('business: the reference rate + 8 points, no recovery costs the site could confirm', () => {
    const claim = lateClaim(input('eu', 'business', { invoices: [{ number: 'S', dueDate: '2024-11-30', amount: 400_000 }], until: '2025-08-31' }));
    expect(lines(claim.invoices[0]!)).toEqual([
      ['2024-12-01', '2024-12-31', 31, 12.25, 400_000, 4162],
      ['2025-01-01', '2025-06-30', 181, 11.15, 400_000, 22_117],
      ['2025-07-01', '2025-08-31', 62, 10.15, 400_000, 6896],
    ]);
    expect(claim).toMatchObject({ interest: 33_175, costs: 0 });
  });
});

describe('scaleCosts', () => {
  const rule = nl.lateClaims.business.recoveryCosts as Parameters<typeof scaleCosts>[0];
  it('keeps to the minimum and the maximum', () => {
    expect(scaleCosts(rule, 10_000)).toBe(4000);
    expect(scaleCosts(rule, 250_000)).toBe(37_500);
    expect(scaleCosts(rule, 100_000_000)).toBe(677_500);
  });
});
