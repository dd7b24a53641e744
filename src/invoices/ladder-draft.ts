/**
 * The unpaid-invoices form as the reader typed it, its problems field by field, and how it becomes a
 * claim and a letter. Kept in this browser as a versioned draft; anything unreadable in storage is
 * dropped field by field, never thrown.
 */
import type { ClientKind, LateClaimRule } from '../law/data';
import { parseAmount } from '../letters/amount';
import { registers, type Register } from '../letters/registers';
import { parseStoredObject } from '../storage/parse-json';
import { lateClaim, type Claim, type RatePeriodRow } from './claim';
import { addDays } from './interest';
import { ladderSteps, type LadderStep, type PaymentLetterValues } from './payment-letters';

export interface InvoiceInput {
  number: string;
  /** YYYY-MM-DD, as a date input gives it; may be empty while typing. */
  dueDate: string;
  /** As typed, in the reader's language ("1.250,50"). */
  amount: string;
}

export interface LadderDraft {
  step: LadderStep;
  lang: string;
  register: Register;
  client: ClientKind;
  senderName: string;
  businessName: string;
  clientName: string;
  contactPerson: string;
  project: string;
  currency: 'EUR' | 'HUF';
  invoices: InvoiceInput[];
  iban: string;
  accountHolder: string;
  payBy: string;
  pauseFrom: string;
  deadline: string;
  /** Rates the reader typed for half-years the site's table does not cover, by the half-year's first day. */
  rates: Record<string, string>;
  /** Forints per euro, by day, where recovery costs are set in euros. */
  euroRates: Record<string, string>;
}

export const ladderDraftVersion = 1;
/** More invoices than this go in a second letter: the letter and its table stay readable. */
export const maxLadderInvoices = 20;
/** An invoice above this is a typo, not a freelancer's invoice (minor units: ten million euros or forints). */
const maxAmount = 1_000_000_000;

const day = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => value === '' || (day.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

/** A new form: dates a week (pay-by), ten days (pause) and three weeks (the formal notice's deadline, enough for every law's term). */
export function newLadderDraft(lang: string, today: string, currency: 'EUR' | 'HUF' = 'EUR'): LadderDraft {
  return {
    step: 'friendly',
    lang,
    register: 'formal',
    client: 'business',
    senderName: '',
    businessName: '',
    clientName: '',
    contactPerson: '',
    project: '',
    currency,
    invoices: [{ number: '', dueDate: '', amount: '' }],
    iban: '',
    accountHolder: '',
    payBy: addDays(today, 7),
    pauseFrom: addDays(today, 10),
    deadline: addDays(today, 21),
    rates: {},
    euroRates: {},
  };
}

/** The draft as stored, with when it was saved (ISO 8601), as the letter draft is. */
export const serializeLadderDraft = (draft: LadderDraft, saved: string): string => JSON.stringify({ version: ladderDraftVersion, draft, saved });

/** The readable fields of a stored draft, to lay over a new one; junk, wrong types and hostile keys are dropped. */
export function parseLadderDraft(raw: string | null, languages: readonly string[]): Partial<LadderDraft> {
  const stored = parseStoredObject(raw);
  if (!stored || stored.version !== ladderDraftVersion) return {};
  const draft = stored.draft;
  if (!draft || typeof draft !== 'object' || Array.isArray(draft)) return {};
  const from = draft as Record<string, unknown>;
  const out: Partial<LadderDraft> = {};
  const text = (key: keyof LadderDraft) => typeof from[key] === 'string' && Object.assign(out, { [key]: from[key] });
  (['senderName', 'businessName', 'clientName', 'contactPerson', 'project', 'iban', 'accountHolder'] as const).forEach(text);
  for (const key of ['payBy', 'pauseFrom', 'deadline'] as const) if (typeof from[key] === 'string' && isDay(from[key])) out[key] = from[key];
  if (ladderSteps.includes(from.step as LadderStep)) out.step = from.step as LadderStep;
  if (languages.includes(from.lang as string)) out.lang = from.lang as string;
  if (registers.includes(from.register as Register)) out.register = from.register as Register;
  if (from.client === 'business' || from.client === 'consumer') out.client = from.client;
  if (from.currency === 'EUR' || from.currency === 'HUF') out.currency = from.currency;
  if (Array.isArray(from.invoices)) {
    const rows = from.invoices
      .filter((row): row is Record<string, unknown> => Boolean(row) && typeof row === 'object')
      .slice(0, maxLadderInvoices)
      .map((row) => ({
        number: typeof row.number === 'string' ? row.number : '',
        dueDate: typeof row.dueDate === 'string' && isDay(row.dueDate) ? row.dueDate : '',
        amount: typeof row.amount === 'string' ? row.amount : '',
      }));
    if (rows.length) out.invoices = rows;
  }
  const table = (value: unknown, key: RegExp) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([k, v]) => key.test(k) && typeof v === 'string'))
      : undefined;
  const rates = table(from.rates, /^\d{4}-(01|07)-01$/);
  if (rates) out.rates = rates;
  const euroRates = table(from.euroRates, day);
  if (euroRates) out.euroRates = euroRates;
  return out;
}

/** What is wrong with a field, as a key of the tool's UI strings (`invoices.problem.<key>`). */
export type LadderProblem = 'required' | 'date' | 'future' | 'amount' | 'tooLarge' | 'rate' | 'notAfterToday' | 'tooSoon';

/** A number as the reader typed it in their language, or undefined. */
const number = (value: string, lang: string) => {
  const parsed = parseAmount(value, lang);
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : undefined;
};

/** A yearly interest rate in percent the reader may give, and forints per euro: anything else is a typo. */
const validRate = (rate: number | undefined): rate is number => rate !== undefined && rate >= 0 && rate <= 50;
const validEuroRate = (rate: number | undefined): rate is number => rate !== undefined && rate > 0 && rate <= 10_000;

/** The amount in minor units: cents, or whole forints. */
const minorUnits = (amount: number, currency: LadderDraft['currency']) => Math.round(currency === 'HUF' ? amount : amount * 100);

/** The earliest deadline a formal notice sent today may give, where the law sets the client a term. */
export const earliestDeadline = (today: string, rule: LateClaimRule): string | undefined =>
  rule.deadlineAtLeast && addDays(today, rule.deadlineAtLeast.days);

/**
 * Every problem, by field id (`senderName`, `invoice-2-due`, `rate-2026-07-01`…), for the step the reader
 * is on. An invoice's due date may not be after today: an invoice not yet due is not late. The formal
 * notice's deadline may not come before the term the law gives the client (`earliestDeadline`).
 */
export function ladderProblems(
  draft: LadderDraft,
  today: string,
  needs: { rates: string[]; euroRates: string[]; earliestDeadline?: string | undefined },
): Record<string, LadderProblem> {
  const problems: Record<string, LadderProblem> = {};
  if (!draft.senderName.trim()) problems.senderName = 'required';
  draft.invoices.forEach((row, i) => {
    const n = i + 1;
    if (!row.number.trim()) problems[`invoice-${n}`] = 'required';
    if (!row.dueDate) problems[`invoice-${n}-due`] = 'required';
    else if (!isDay(row.dueDate)) problems[`invoice-${n}-due`] = 'date';
    else if (row.dueDate >= today) problems[`invoice-${n}-due`] = 'future';
    const amount = number(row.amount, draft.lang);
    if (amount === undefined || amount <= 0) problems[`invoice-${n}-amount`] = 'amount';
    else if (minorUnits(amount, draft.currency) > maxAmount) problems[`invoice-${n}-amount`] = 'tooLarge';
  });
  const dates: (keyof LadderDraft)[] = draft.step === 'second' ? ['payBy', 'pauseFrom'] : draft.step === 'formalNotice' ? ['deadline'] : [];
  for (const key of dates) {
    const value = draft[key] as string;
    if (!value) problems[key] = 'required';
    else if (!isDay(value)) problems[key] = 'date';
    else if (value <= today) problems[key] = 'notAfterToday';
    else if (key === 'deadline' && needs.earliestDeadline && value < needs.earliestDeadline) problems[key] = 'tooSoon';
  }
  if (draft.step === 'formalNotice') {
    for (const from of needs.rates) {
      if (!validRate(number(draft.rates[from] ?? '', draft.lang))) problems[`rate-${from}`] = 'rate';
    }
    for (const on of needs.euroRates) {
      if (!validEuroRate(number(draft.euroRates[on] ?? '', draft.lang))) problems[`euro-${on}`] = 'rate';
    }
  }
  return problems;
}

/** The invoices that are complete and valid, as the calculator and the letters take them. */
export function validInvoices(draft: LadderDraft, today: string) {
  return draft.invoices.flatMap((row) => {
    const amount = number(row.amount, draft.lang);
    return row.number.trim() && isDay(row.dueDate) && row.dueDate && row.dueDate < today && amount !== undefined && amount > 0
      ? [{ number: row.number, dueDate: row.dueDate, amount: Math.min(minorUnits(amount, draft.currency), maxAmount) }]
      : [];
  });
}

/** The claim on the valid invoices up to `today`, with the reader's own rates where the table ends. */
export function ladderClaim(draft: LadderDraft, today: string, law: { rule: LateClaimRule; rateTable: readonly RatePeriodRow[] }): Claim {
  // Only figures that pass their check count: a typo leaves the claim incomplete, never absurd.
  const typed = (values: Record<string, string>, valid: (n: number | undefined) => n is number) =>
    Object.fromEntries(Object.entries(values).flatMap(([key, value]) => ((n) => (valid(n) ? [[key, n] as const] : []))(number(value, draft.lang))));
  return lateClaim({
    invoices: validInvoices(draft, today),
    until: today,
    rule: law.rule,
    rateTable: law.rateTable,
    enteredRates: typed(draft.rates, validRate),
    euroRates: typed(draft.euroRates, validEuroRate),
  });
}

/**
 * The figures the reader is asked for, whether or not typed in yet: the rates of half-years past the
 * table and the euro rates of first days late. Asked from the claim without the reader's entries, so a
 * field does not vanish as the reader fills it.
 */
export function figuresAsked(draft: LadderDraft, today: string, law: { rule: LateClaimRule; rateTable: readonly RatePeriodRow[] }) {
  const { missingRates, missingEuroRates } = ladderClaim({ ...draft, rates: {}, euroRates: {} }, today, law);
  return { rates: missingRates, euroRates: missingEuroRates };
}

/** The letter's values from the form, the claim and the reader's country. */
export function ladderLetterValues(draft: LadderDraft, today: string, country: string, claim: Claim): PaymentLetterValues {
  return {
    senderName: draft.senderName,
    businessName: draft.businessName,
    clientName: draft.clientName,
    contactPerson: draft.contactPerson,
    project: draft.project,
    currency: draft.currency,
    invoices: validInvoices(draft, today),
    iban: draft.iban,
    accountHolder: draft.accountHolder,
    payBy: draft.step === 'second' ? draft.payBy : undefined,
    pauseFrom: draft.step === 'second' ? draft.pauseFrom : undefined,
    deadline: draft.step === 'formalNotice' ? draft.deadline : undefined,
    country,
    client: draft.client,
    claim: draft.step === 'formalNotice' && claim.complete ? claim : undefined,
    until: today,
  };
}
