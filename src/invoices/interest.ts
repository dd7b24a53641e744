/**
 * Statutory late-payment interest on one invoice, period by period. Pure arithmetic over whole days
 * (YYYY-MM-DD) and whole minor units (cents, or forints), so the lines of the table always add up to the
 * total and a test can check a worked example to the cent.
 */

/** A rate in force from `from` to `to`, both days included; `entered` when the reader typed it in. */
export interface RatePeriod {
  from: string;
  to: string;
  ratePercent: number;
  entered?: boolean;
}

/** Whether interest is added to the sum each year (the Netherlands), or stays simple (elsewhere). */
export type Compounding = 'none' | 'yearly';

/** One row of the breakdown: the days from `from` to `to` at one rate, on one base. */
export interface InterestLine {
  from: string;
  to: string;
  days: number;
  ratePercent: number;
  entered: boolean;
  /** The sum the interest runs on, in minor units; it grows each year where interest compounds. */
  base: number;
  interest: number;
}

/** A half-year with no known rate: the reader is asked for it, and nothing is computed until then. */
export interface MissingPeriod {
  from: string;
  to: string;
}

export type InterestResult = { kind: 'computed'; lines: InterestLine[]; interest: number } | { kind: 'needs-rates'; missing: MissingPeriod[] };

const dayMs = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** `day` moved by `count` days. */
export const addDays = (day: string, count: number): string => toDay(toTime(day) + count * dayMs);
/** Days from `from` to `to`, both included; 0 when `to` is before `from`. */
export const daysIncluded = (from: string, to: string): number => Math.max(0, (toTime(to) - toTime(from)) / dayMs + 1);
/** The same date `years` later (29 February becomes 28 February when needed). */
function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  return date.getUTCDate() === d ? toDay(date.getTime()) : toDay(Date.UTC(y + years, m, 0));
}

/** The half-year (1 January–30 June or 1 July–31 December) that holds `day`. */
export function halfYearOf(day: string): MissingPeriod {
  const year = day.slice(0, 4);
  return day.slice(5) < '07-01' ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/**
 * `base × rate × days / (100 × 365)`, rounded half up to a whole minor unit, in integer arithmetic: a rate
 * is taken to hundredths of a percent, which is how every rate here is published.
 */
export function interestFor(base: number, ratePercent: number, days: number): number {
  const numerator = BigInt(base) * BigInt(Math.round(ratePercent * 100)) * BigInt(days);
  const denominator = 10_000n * 365n;
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/**
 * The interest on `amount` (minor units) for every day from `firstDay` to `lastDay`, both included, at
 * the rate of the period each day falls in. Periods split the days into lines, and so does each
 * anniversary of `firstDay` where interest compounds: from then on it runs on the sum plus the year's
 * interest. Days no period covers make the result ask for those half-years' rates instead.
 */
export function lateInterest(options: {
  amount: number;
  firstDay: string;
  lastDay: string;
  rates: readonly RatePeriod[];
  compounding: Compounding;
}): InterestResult {
  const { amount, firstDay, lastDay, compounding } = options;
  const rates = [...options.rates].sort((a, b) => a.from.localeCompare(b.from));
  const lines: InterestLine[] = [];
  const missing: MissingPeriod[] = [];
  let base = amount;
  // Where interest compounds, each year of delay ends the day before an anniversary of the first day.
  let years = 1;
  const endOfYear = () => (compounding === 'yearly' ? addDays(addYears(firstDay, years), -1) : undefined);
  let yearEnds = endOfYear();
  let yearInterest = 0;
  let day = firstDay;
  while (day <= lastDay) {
    const rate = rates.find((period) => period.from <= day && day <= period.to);
    const ends = [lastDay, yearEnds, rate ? rate.to : halfYearOf(day).to, nextStart(rates, day)].filter((d): d is string => Boolean(d));
    const to = ends.reduce((a, b) => (b < a ? b : a));
    if (rate) {
      const days = daysIncluded(day, to);
      const interest = interestFor(base, rate.ratePercent, days);
      lines.push({ from: day, to, days, ratePercent: rate.ratePercent, entered: Boolean(rate.entered), base, interest });
      yearInterest += interest;
    } else if (!missing.some((period) => period.from === halfYearOf(day).from)) missing.push(halfYearOf(day));
    if (to === yearEnds) {
      base += yearInterest;
      yearInterest = 0;
      years++;
      yearEnds = endOfYear();
    }
    day = addDays(to, 1);
  }
  if (missing.length) return { kind: 'needs-rates', missing };
  return { kind: 'computed', lines, interest: lines.reduce((sum, line) => sum + line.interest, 0) };
}

/** The day before the next period starts after `day`, if one does: a gap in the table ends there. */
function nextStart(rates: readonly RatePeriod[], day: string): string | undefined {
  const next = rates.find((period) => period.from > day);
  return next ? addDays(next.from, -1) : undefined;
}
