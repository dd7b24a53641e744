/**
 * The letter form's state as the reader typed it, and how it becomes a letter's values. Kept in this
 * browser as a versioned draft; anything unreadable in storage is dropped field by field, never thrown.
 */
import { parseStoredObject } from '../storage/parse-json';
import { currencies, parseAmount } from './amount';
import type { LetterValues } from './compose';
import type { FieldId } from './fields';
import { defaultNotice, letterIds, noticeKinds, registers, type LetterId, type NoticeKind, type Register } from './letter-params';

export interface InvoiceRow {
  number: string;
  /** yyyy-mm-dd, as a date input gives it; may be empty. */
  dueDate: string;
}

export interface Draft {
  letter: LetterId;
  /** The letter's language, which may differ from the page's. */
  lang: string;
  register: Register;
  notice: NoticeKind;
  senderName: string;
  businessName: string;
  clientName: string;
  contactPerson: string;
  project: string;
  milestone: string;
  chosenDate: string;
  amount: string;
  currency: string;
  invoices: InvoiceRow[];
  /** One item per line. */
  deliverables: string;
  handoverItems: string;
  referralPerson: string;
  referralProvider: string;
  refund: string;
  thanks: boolean;
}

export const draftVersion = 1;
export const maxInvoices = 20;
export function newDraft(lang: string, letter: LetterId = 'neutral', notice: NoticeKind = defaultNotice(letter)): Draft {
  return {
    letter,
    lang,
    register: 'formal',
    notice,
    senderName: '',
    businessName: '',
    clientName: '',
    contactPerson: '',
    project: '',
    milestone: '',
    chosenDate: '',
    amount: '',
    currency: 'EUR',
    invoices: [{ number: '', dueDate: '' }],
    deliverables: '',
    handoverItems: '',
    referralPerson: '',
    referralProvider: '',
    refund: '',
    thanks: true,
  };
}

/** The draft as stored, with when it was saved (ISO 8601): the data page shows it, and a restore keeps the newer draft. */
export const serializeDraft = (draft: Draft, saved: string): string => JSON.stringify({ version: draftVersion, draft, saved });

const isDay = (value: string) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The readable fields of a stored draft; the caller lays them over a fresh draft. A field is kept when it
 * has the type a fresh draft gives it and, for choices, one of the values on offer.
 */
export function parseDraft(raw: string | null, langs: readonly string[]): Partial<Draft> {
  const stored = parseStoredObject(raw);
  const data = stored?.version === draftVersion ? stored.draft : undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const choices: Partial<Record<keyof Draft, readonly string[]>> = {
    letter: letterIds,
    lang: langs,
    register: registers,
    notice: noticeKinds,
    currency: currencies,
  };
  const out: Record<string, unknown> = {};
  for (const [key, fresh] of Object.entries(newDraft(''))) {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value !== typeof fresh || Array.isArray(fresh)) continue;
    if (choices[key as keyof Draft]?.includes(value as string) === false) continue;
    if (key === 'chosenDate' && !isDay(value as string)) continue;
    out[key] = value;
  }
  const invoices = (data as Record<string, unknown>).invoices;
  if (Array.isArray(invoices)) {
    const rows = invoices
      .filter((row): row is InvoiceRow => typeof row?.number === 'string' && typeof row?.dueDate === 'string' && isDay(row.dueDate))
      .slice(0, maxInvoices)
      .map(({ number, dueDate }) => ({ number, dueDate }));
    if (rows.length) out.invoices = rows;
  }
  return out as Partial<Draft>;
}

/** A yyyy-mm-dd day at local midnight, or undefined for empty or impossible dates. */
export function parseDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : undefined;
}

export type Problem = 'required' | 'amount' | 'date' | 'pastDate';

/** What keeps a draft from becoming the letter it asks for, by field; only fields the letter shows count. */
export function draftProblems(draft: Draft, fields: ReadonlySet<FieldId>, today: Date): Partial<Record<FieldId, Problem>> {
  const problems: Partial<Record<FieldId, Problem>> = {};
  if (!draft.senderName.trim()) problems.senderName = 'required';
  if (fields.has('milestone') && !draft.milestone.trim()) problems.milestone = 'required';
  if (fields.has('chosenDate')) {
    const day = parseDay(draft.chosenDate);
    if (!draft.chosenDate) problems.chosenDate = 'required';
    else if (!day) problems.chosenDate = 'date';
    else if (day < new Date(today.getFullYear(), today.getMonth(), today.getDate())) problems.chosenDate = 'pastDate';
  }
  for (const field of ['amount', 'refund'] as const) {
    if (fields.has(field) && parseAmount(draft[field], draft.lang) === 'invalid') problems[field] = 'amount';
  }
  return problems;
}

const lines = (text: string) => text.split(/\r?\n/);
const number = (amount: ReturnType<typeof parseAmount>) => (typeof amount === 'number' ? amount : undefined);

/** The draft as letter values: only what the letter shows, typed data parsed, unreadable data left out. */
export function draftValues(draft: Draft, fields: ReadonlySet<FieldId>, today: Date, country: string): LetterValues {
  const when = (field: FieldId, value: string) => (fields.has(field) ? value : '');
  return {
    senderName: draft.senderName,
    businessName: draft.businessName,
    clientName: draft.clientName,
    contactPerson: draft.contactPerson,
    project: when('project', draft.project),
    notice: draft.notice,
    country,
    milestone: when('milestone', draft.milestone),
    today,
    chosenDate: fields.has('chosenDate') ? parseDay(draft.chosenDate) : undefined,
    amount: fields.has('amount') ? number(parseAmount(draft.amount, draft.lang)) : undefined,
    currency: draft.currency,
    invoices: fields.has('invoices') ? draft.invoices.map((row) => ({ number: row.number, dueDate: parseDay(row.dueDate) })) : [],
    deliverables: fields.has('deliverables') ? lines(draft.deliverables) : [],
    handoverItems: fields.has('handoverItems') ? lines(draft.handoverItems) : [],
    referralPerson: when('referralPerson', draft.referralPerson),
    referralProvider: when('referralProvider', draft.referralProvider),
    refund: fields.has('refund') ? number(parseAmount(draft.refund, draft.lang)) : undefined,
    thanks: fields.has('thanks') && draft.thanks,
  };
}
