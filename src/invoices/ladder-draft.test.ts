import { describe, expect, it } from 'vitest';
import be from '../../content/law/countries/be.json';
import nl from '../../content/law/countries/nl.json';
import type { LateClaimRule } from '../law/data';
import {
  earliestDeadline,
  figuresAsked,
  ladderClaim,
  ladderLetterValues,
  ladderProblems,
  maxLadderInvoices,
  newLadderDraft,
  parseLadderDraft,
  serializeLadderDraft,
} from './ladder-draft';

const today = '2026-12-01';
const rule: LateClaimRule = {
  interest: { from: 'day-after-due', rates: 'business', compounding: 'none', facts: ['x'] },
  recoveryCosts: { kind: 'flat', euro: 40, fact: 'y' },
};
const rateTable = [{ client: 'business' as const, from: '2026-01-01', to: '2026-06-30', ratePercent: 10 }];
const filled = () => ({
  ...newLadderDraft('nl', today),
  senderName: 'Eva',
  invoices: [{ number: 'F-1', dueDate: '2026-05-31', amount: '1.000,00' }],
});

describe('a new draft', () => {
  it('proposes a pay-by date in a week, a pause in ten days and a deadline in three weeks', () => {
    expect(newLadderDraft('nl', today)).toMatchObject({
      step: 'friendly',
      payBy: '2026-12-08',
      pauseFrom: '2026-12-11',
      deadline: '2026-12-22',
      currency: 'EUR',
    });
  });
});

describe('ladderProblems', () => {
  it('names each field that keeps the letter from going out, with the reason', () => {
    const draft = {
      ...newLadderDraft('nl', today),
      step: 'second' as const,
      payBy: '2026-11-30',
      invoices: [
        { number: '', dueDate: '2026-12-24', amount: '-5' },
        { number: 'F-2', dueDate: 'gisteren', amount: '99999999999' },
      ],
    };
    expect(ladderProblems(draft, today, { rates: [], euroRates: [] })).toEqual({
      senderName: 'required',
      'invoice-1': 'required',
      'invoice-1-due': 'future',
      'invoice-1-amount': 'amount',
      'invoice-2-due': 'date',
      'invoice-2-amount': 'tooLarge',
      payBy: 'notAfterToday',
    });
  });

  it('asks for the rates and euro rates the formal notice needs, and accepts them written the reader’s way', () => {
    const draft = { ...filled(), step: 'formalNotice' as const, rates: { '2026-07-01': '10,15' }, euroRates: { '2026-06-01': 'x' } };
    expect(ladderProblems(draft, today, { rates: ['2026-07-01'], euroRates: ['2026-06-01'] })).toEqual({ 'euro-2026-06-01': 'rate' });
    expect(ladderProblems({ ...draft, rates: { '2026-07-01': '99' } }, today, { rates: ['2026-07-01'], euroRates: [] })).toEqual({
      'rate-2026-07-01': 'rate',
    });
  });

  it('keeps the formal notice to a private client within the term the law gives them (NL 14 days after receipt, BE after the third working day)', () => {
    const nlConsumer = nl.lateClaims.consumer as LateClaimRule;
    const beConsumer = be.lateClaims.consumer as LateClaimRule;
    expect(earliestDeadline(today, nlConsumer)).toBe('2026-12-17'); // 14 days from the day after receipt, 2 days' post
    expect(earliestDeadline(today, beConsumer)).toBe('2026-12-20'); // a weekend and a holiday before the third working day
    expect(earliestDeadline(today, nl.lateClaims.business as LateClaimRule)).toBeUndefined();
    const draft = { ...filled(), step: 'formalNotice' as const, client: 'consumer' as const, deadline: '2026-12-16' };
    const needs = (rule: LateClaimRule) => ({ rates: [], euroRates: [], earliestDeadline: earliestDeadline(today, rule) });
    expect(ladderProblems(draft, today, needs(nlConsumer))).toEqual({ deadline: 'tooSoon' });
    expect(ladderProblems({ ...draft, deadline: '2026-12-17' }, today, needs(nlConsumer))).toEqual({});
    expect(ladderProblems({ ...draft, deadline: '2026-12-19' }, today, needs(beConsumer))).toEqual({ deadline: 'tooSoon' });
    expect(ladderProblems({ ...draft, deadline: '2026-12-20' }, today, needs(beConsumer))).toEqual({});
    // A deadline in the past says so first.
    expect(ladderProblems({ ...draft, deadline: today }, today, needs(nlConsumer))).toEqual({ deadline: 'notAfterToday' });
  });

  it('finds nothing in a complete draft', () => {
    expect(ladderProblems(filled(), today, { rates: [], euroRates: [] })).toEqual({});
  });
});

describe('the claim from the draft', () => {
  it('asks for the half-years past the table, keeps asking once typed, and computes with what was typed', () => {
    const draft = filled();
    expect(figuresAsked(draft, today, { rule, rateTable }).rates).toEqual([{ from: '2026-07-01', to: '2026-12-31' }]);
    const typed = { ...draft, rates: { '2026-07-01': '12' } };
    expect(figuresAsked(typed, today, { rule, rateTable }).rates).toEqual([{ from: '2026-07-01', to: '2026-12-31' }]);
    const claim = ladderClaim(typed, today, { rule, rateTable });
    // €1 000: 30 days at 10 % (€8.22) and 154 days at 12 % (€50.63), plus €40.
    expect(claim).toMatchObject({ complete: true, interest: 822 + 5063, costs: 4000 });
    // A typo in a rate leaves the claim incomplete rather than absurd.
    expect(ladderClaim({ ...draft, rates: { '2026-07-01': '400,5' } }, today, { rule, rateTable })).toMatchObject({ complete: false, interest: 0 });
  });

  it('leaves out invoices that are incomplete or not yet due, and gives the letter only a complete claim', () => {
    const draft = {
      ...filled(),
      step: 'formalNotice' as const,
      invoices: [...filled().invoices, { number: 'F-2', dueDate: '2027-01-31', amount: '50' }],
    };
    const claim = ladderClaim(draft, today, { rule, rateTable });
    expect(claim.invoices.map((c) => c.invoice.number)).toEqual(['F-1']);
    expect(ladderLetterValues(draft, today, 'nl', claim).claim).toBeUndefined();
    expect(ladderLetterValues(draft, today, 'nl', claim)).toMatchObject({
      deadline: '2026-12-22',
      payBy: undefined,
      invoices: [{ number: 'F-1', amount: 100_000 }],
    });
  });

  it('counts forints as whole forints', () => {
    const draft = { ...filled(), currency: 'HUF' as const, invoices: [{ number: 'H-1', dueDate: '2026-05-31', amount: '250 000' }] };
    expect(ladderClaim(draft, '2026-06-30', { rule: { ...rule, recoveryCosts: undefined }, rateTable }).principal).toBe(250_000);
  });
});

describe('parseLadderDraft', () => {
  it('round-trips a draft', () => {
    const draft = { ...filled(), rates: { '2026-07-01': '10,15' }, euroRates: { '2026-06-01': '401,2' } };
    expect(parseLadderDraft(serializeLadderDraft(draft, '2026-12-01T09:00:00.000Z'), ['nl', 'hu'])).toEqual(draft);
  });

  it('drops junk field by field, hostile keys, a newer version and more invoices than a letter holds', () => {
    expect(parseLadderDraft('not json', ['nl'])).toEqual({});
    expect(parseLadderDraft(JSON.stringify({ version: 99, draft: filled() }), ['nl'])).toEqual({});
    const stored = {
      version: 1,
      draft: {
        step: 'sue',
        lang: 'xx',
        senderName: 42,
        payBy: 'tomorrow',
        currency: 'BTC',
        invoices: Array.from({ length: 100 }, (_, i) => ({ number: `N${i}`, dueDate: '2026-01-01', amount: '1' })),
        rates: JSON.parse('{"__proto__": "1", "2026-07-01": "10", "2026-03-01": "9"}'),
      },
    };
    const parsed = parseLadderDraft(JSON.stringify(stored), ['nl']);
    expect(parsed).toEqual({ invoices: stored.draft.invoices.slice(0, maxLadderInvoices), rates: { '2026-07-01': '10' } });
    expect(Object.getPrototypeOf(parsed.rates)).toBe(Object.prototype);
  });
});
