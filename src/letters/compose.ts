import { fillIfComplete, pluralCategory } from '../i18n/fill';
import { fillTemplate, formatMoney, oneLine, type Letter } from './letter-text';
import { lastWorkingDay } from './last-day';
import { endsForCause, type LetterId, type NoticeKind, type Register } from './letter-params';
import type { LetterFile } from './templates';

/** What the reader filled in. Only senderName is needed by every letter. */
export interface LetterValues {
  senderName: string;
  businessName?: string;
  clientName: string;
  contactPerson?: string;
  project?: string;
  notice: NoticeKind;
  /** The country whose law the work is under (content/law/countries/): its clause follows the notice. */
  country: string;
  milestone?: string;
  /** The day the letter is written; the last working day counts from it. */
  today: Date;
  chosenDate?: Date;
  amount?: number;
  currency: string;
  invoices: { number: string; dueDate?: Date }[];
  deliverables: string[];
  handoverItems: string[];
  referralPerson?: string;
  referralProvider?: string;
  refund?: number;
  thanks: boolean;
}

const list = (items: string[]) =>
  items
    .map(oneLine)
    .filter(Boolean)
    .map((item) => `- ${item}`)
    .join('\n');

export const formatDate = (date: Date, lang: string): string => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);

/**
 * Composes one letter in one language and register: a subject and a plain-text body. Text only: what the
 * reader typed is never read as markup anywhere, and a paragraph whose data is missing is left out.
 */
export function composeLetter(file: LetterFile, lang: string, letter: LetterId, register: Register, input: LetterValues): Letter {
  const phrases = file.phrases[register];
  const money = (amount: number | undefined) =>
    amount !== undefined && Number.isFinite(amount) && amount > 0 ? formatMoney(amount, input.currency, lang) : '';
  const lastDay = lastWorkingDay(input.today, input.notice, input.chosenDate);
  const invoices = input.invoices.filter((invoice) => oneLine(invoice.number));
  const pluralPhrase = (phrases[`invoices.${pluralCategory(lang, invoices.length)}` as keyof typeof phrases] ?? phrases['invoices.other'])!;

  const values: Record<string, string> = {
    senderName: oneLine(input.senderName),
    businessName: oneLine(input.businessName),
    clientName: oneLine(input.clientName),
    contactPerson: oneLine(input.contactPerson),
    project: oneLine(input.project),
    milestone: input.notice === 'milestone' ? oneLine(input.milestone) : '',
    lastDay: lastDay ? formatDate(lastDay, lang) : '',
    amount: money(input.amount),
    refund: money(input.refund),
    invoiceList: invoices
      .map((invoice) =>
        invoice.dueDate
          ? fillIfComplete(phrases.invoiceLine, { number: oneLine(invoice.number), dueDate: formatDate(invoice.dueDate, lang) })
          : fillIfComplete(phrases.invoiceLineNoDate, { number: oneLine(invoice.number) }),
      )
      .join('\n'),
    invoicesPhrase: invoices.length ? (fillIfComplete(pluralPhrase, { count: String(invoices.length) }) ?? '') : '',
    deliverableList: list(input.deliverables),
    handoverList: list(input.handoverItems),
    referralPerson: oneLine(input.referralPerson),
    referralProvider: oneLine(input.referralProvider),
  };
  return render(file, letter, register, values, {
    notice: input.notice,
    country: input.country,
    thanks: input.thanks,
    invoices: invoices.length > 0,
  });
}

/** What a sample letter shows in [brackets] where the reader's data goes. */
export type SampleSlot =
  | 'senderName'
  | 'businessName'
  | 'clientName'
  | 'contactPerson'
  | 'project'
  | 'lastDay'
  | 'milestone'
  | 'amount'
  | 'refund'
  | 'invoiceNumber'
  | 'invoiceDue'
  | 'count'
  | 'deliverable'
  | 'handoverItem'
  | 'referralPerson'
  | 'referralProvider';

/**
 * A letter with every optional part present and [bracketed] words where the reader's data goes: the
 * page shows these when JavaScript is off, for copying by hand.
 */
export function sampleLetter(
  file: LetterFile,
  letter: LetterId,
  register: Register,
  notice: NoticeKind,
  country: string,
  label: (slot: SampleSlot) => string,
): Letter {
  const phrases = file.phrases[register];
  const slot = (name: SampleSlot) => `[${label(name)}]`;
  const values: Record<string, string> = {
    senderName: slot('senderName'),
    businessName: slot('businessName'),
    clientName: slot('clientName'),
    contactPerson: slot('contactPerson'),
    project: slot('project'),
    milestone: slot('milestone'),
    lastDay: slot('lastDay'),
    amount: slot('amount'),
    refund: slot('refund'),
    invoiceList: fillIfComplete(phrases.invoiceLine, { number: slot('invoiceNumber'), dueDate: slot('invoiceDue') })!,
    invoicesPhrase: fillIfComplete(phrases['invoices.other'], { count: slot('count') })!,
    deliverableList: `- ${slot('deliverable')}`,
    handoverList: `- ${slot('handoverItem')}`,
    referralPerson: slot('referralPerson'),
    referralProvider: slot('referralProvider'),
  };
  return render(file, letter, register, values, { notice, country, thanks: true, invoices: true });
}

/** Expands the register's phrases around the values, then keeps the blocks whose condition and data hold. */
function render(
  file: LetterFile,
  letter: LetterId,
  register: Register,
  values: Record<string, string>,
  facts: { notice: NoticeKind; country: string; thanks: boolean; invoices: boolean },
): Letter {
  const phrases = file.phrases[register];
  const clauses = file.law[register][facts.country];
  const phrase = (template: string) => fillIfComplete(template, values) ?? '';
  Object.assign(values, {
    greeting: phrase(values.contactPerson ? phrases.greeting : phrases.greetingNoName),
    signOff: [phrases.signOff, values.senderName, values.businessName].filter(Boolean).join('\n'),
    noticeSentence: phrase(phrases[`notice.${facts.notice}`]),
    thanks: facts.thanks ? phrase(phrases.thanks) : '',
    referralPersonSentence: phrase(phrases.referralPerson),
    referralProviderSentence: phrase(phrases.referralProvider),
    handoverBlock: phrase(phrases.handover),
    deliverablesBlock: phrase(phrases.deliverables),
    lawClause: (endsForCause.includes(letter) ? clauses?.endingForCause : clauses?.ending) ?? '',
  });

  return fillTemplate(file.letters[letter][register], values, {
    invoices: facts.invoices,
    deliverables: Boolean(values.deliverableList),
    handoverItems: Boolean(values.handoverList),
    thanks: facts.thanks,
    [`notice.${facts.notice}`]: true,
  });
}
