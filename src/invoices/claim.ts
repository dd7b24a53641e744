import type { LateClaimRule, RateRow, RecoveryCostsRule } from '../law/data';
import { addDays, halfYearOf, lateInterest, type InterestLine, type MissingPeriod, type RatePeriod } from './interest';

/** A row of a country's rate table as the calculator needs it. */
export type RatePeriodRow = Pick<RateRow, 'client' | 'from' | 'to' | 'ratePercent'>;

/** One unpaid invoice, its amount in minor units (cents; forints where the reader works in Hungary). */
export interface UnpaidInvoice {
  number: string;
  dueDate: string;
  amount: number;
}

/** What the reader gives besides the invoices: the day to count to, and the figures the site cannot know. */
export interface ClaimInput {
  invoices: readonly UnpaidInvoice[];
  /** The last day interest is counted for, usually the day the letter goes out. */
  until: string;
  rule: LateClaimRule;
  /** The country's rate table (content/law/countries/<cc>.json, statutoryInterest); only the periods and rates count. */
  rateTable: readonly RatePeriodRow[];
  /** Rates the reader typed in for half-years the table does not cover, by the half-year's first day. */
  enteredRates?: Readonly<Record<string, number>>;
  /** The day the formal notice reached the client, where interest only runs from it. */
  formalNoticeDay?: string;
  /** Forints per euro on a given day (the central bank's rate), by day, where costs are set in euros. */
  euroRates?: Readonly<Record<string, number>>;
  /** Whether the formal notice's deadline has passed unanswered (costs wait for it where the law says so). */
  noticeDeadlinePassed?: boolean;
}

export type InvoiceInterest =
  | { kind: 'computed'; from: string; lines: InterestLine[]; amount: number }
  /** The rates of these half-years are needed first. */
  | { kind: 'needs-rates'; missing: MissingPeriod[] }
  /** Interest runs only from the formal notice, which has not been sent (or not reached the client) yet. */
  | { kind: 'from-notice' }
  /** The law gives none without a contract clause. */
  | { kind: 'none' };

export type InvoiceCosts =
  | { kind: 'computed'; amount: number }
  /** The euro rate of this day is needed to convert the flat amount. */
  | { kind: 'needs-euro-rate'; day: string }
  /** Due only once the formal notice's deadline has passed unanswered. */
  | { kind: 'after-notice'; days: number }
  | { kind: 'none' };

export interface InvoiceClaim {
  invoice: UnpaidInvoice;
  interest: InvoiceInterest;
  costs: InvoiceCosts;
}

export interface Claim {
  invoices: InvoiceClaim[];
  principal: number;
  /** Totals of what could be computed; `complete` is false while a rate or a euro rate is missing. */
  interest: number;
  costs: number;
  total: number;
  /** Costs the law lets the reader announce now and claim once the formal notice goes unanswered (0 elsewhere). */
  announcedCosts: number;
  complete: boolean;
  missingRates: MissingPeriod[];
  missingEuroRates: string[];
}

/** The table's rows for the rule's rates, and the reader's own rates for the half-years after them. */
function ratePeriods(input: ClaimInput): RatePeriod[] {
  const client = input.rule.interest!.rates;
  const known: RatePeriod[] = input.rateTable.filter((row) => row.client === client).map(({ from, to, ratePercent }) => ({ from, to, ratePercent }));
  const entered = Object.entries(input.enteredRates ?? {})
    .filter(([from]) => !known.some((row) => row.from <= from && from <= row.to))
    .map(([from, ratePercent]) => ({ ...halfYearOf(from), ratePercent, entered: true }));
  return [...known, ...entered];
}

function interestOn(invoice: UnpaidInvoice, input: ClaimInput): InvoiceInterest {
  const rule = input.rule.interest;
  if (!rule) return { kind: 'none' };
  const firstLateDay = addDays(invoice.dueDate, 1);
  // Where interest runs from the formal notice, it starts the day after the notice reached the client.
  const from = rule.from === 'day-after-due' ? firstLateDay : input.formalNoticeDay && addDays(input.formalNoticeDay, 1);
  if (!from) return { kind: 'from-notice' };
  const start = from > firstLateDay ? from : firstLateDay;
  const result = lateInterest({
    amount: invoice.amount,
    firstDay: start,
    lastDay: input.until,
    rates: ratePeriods(input),
    compounding: rule.compounding,
  });
  return result.kind === 'computed' ? { kind: 'computed', from: start, lines: result.lines, amount: result.interest } : result;
}

/** The scale's amount on `principal` (minor units, euros × 100): each slice at its percentage, then the minimum and maximum. */
export function scaleCosts(rule: Extract<RecoveryCostsRule, { kind: 'scale' }>, principal: number): number {
  let rest = principal;
  let below = 0;
  let costs = 0;
  for (const band of rule.bands) {
    const top = band.upTo === undefined ? Infinity : band.upTo * 100;
    const slice = Math.min(rest, top - below);
    if (slice <= 0) break;
    costs += (slice * band.percent) / 100;
    rest -= slice;
    below = top;
  }
  return Math.min(Math.max(Math.round(costs), rule.min * 100), rule.max * 100);
}

/**
 * Interest and recovery costs on each unpaid invoice, and the totals. A scale applies once to the
 * claim's whole principal (the Dutch rule: one claim, one scale), shown on the first invoice; flat
 * amounts apply per invoice. Nothing is guessed: a missing rate is reported, never replaced by an old one.
 */
export function lateClaim(input: ClaimInput): Claim {
  const costsRule = input.rule.recoveryCosts;
  const principal = input.invoices.reduce((sum, invoice) => sum + invoice.amount, 0);
  const costsOn = (invoice: UnpaidInvoice, index: number, noticeDeadlinePassed = input.noticeDeadlinePassed): InvoiceCosts => {
    if (!costsRule) return { kind: 'none' };
    if (input.rule.costsAfterNotice && !noticeDeadlinePassed) return { kind: 'after-notice', days: input.rule.costsAfterNotice.days };
    switch (costsRule.kind) {
      case 'flat':
        return { kind: 'computed', amount: costsRule.euro * 100 };
      case 'scale':
        return index === 0 ? { kind: 'computed', amount: scaleCosts(costsRule, principal) } : { kind: 'none' };
      case 'flat-converted': {
        // Converted at the rate in force on the first day late, to whole forints.
        const day = addDays(invoice.dueDate, 1);
        const rate = input.euroRates?.[day];
        return rate ? { kind: 'computed', amount: Math.round(costsRule.euro * rate) } : { kind: 'needs-euro-rate', day };
      }
    }
  };
  const invoices = input.invoices.map((invoice, index) => ({ invoice, interest: interestOn(invoice, input), costs: costsOn(invoice, index) }));
  const interest = invoices.reduce((sum, claim) => sum + (claim.interest.kind === 'computed' ? claim.interest.amount : 0), 0);
  const costs = invoices.reduce((sum, claim) => sum + (claim.costs.kind === 'computed' ? claim.costs.amount : 0), 0);
  const missingRates = invoices
    .flatMap((claim) => (claim.interest.kind === 'needs-rates' ? claim.interest.missing : []))
    .filter((period, i, all) => all.findIndex((other) => other.from === period.from) === i)
    .sort((a, b) => a.from.localeCompare(b.from));
  const announcedCosts = input.rule.costsAfterNotice
    ? input.invoices.reduce((sum, invoice, index) => {
        const costs = costsOn(invoice, index, true);
        return sum + (costs.kind === 'computed' ? costs.amount : 0);
      }, 0)
    : 0;
  const missingEuroRates = [...new Set(invoices.flatMap((claim) => (claim.costs.kind === 'needs-euro-rate' ? [claim.costs.day] : [])))].sort();
  return {
    invoices,
    principal,
    interest,
    costs,
    total: principal + interest + costs,
    announcedCosts,
    complete: missingRates.length === 0 && missingEuroRates.length === 0,
    missingRates,
    missingEuroRates,
  };
}
