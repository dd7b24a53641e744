import { fillIfComplete } from '../i18n/fill';
import { formatDay } from '../law/rates';
import type { ClientKind } from '../law/data';
import { fillTemplate, formatMoney, oneLine, type Letter } from '../letters/letter-text';
import type { Register } from '../letters/registers';
import type { Claim } from './claim';
import type { PaymentLetterFile } from './payment-letters-schema';

export type { PaymentLetterFile };

/** The ladder for an unpaid invoice: a friendly reminder, a second reminder with a pause, the formal notice. */
export const ladderSteps = ['friendly', 'second', 'formalNotice'] as const;
export type LadderStep = (typeof ladderSteps)[number];

/** What the reader gave, and the claim the calculator worked out; amounts in minor units, days as YYYY-MM-DD. */
export interface PaymentLetterValues {
  senderName: string;
  businessName?: string;
  clientName?: string;
  contactPerson?: string;
  project?: string;
  currency: string;
  invoices: { number: string; dueDate: string; amount: number }[];
  iban?: string;
  accountHolder?: string;
  payBy?: string;
  pauseFrom?: string;
  deadline?: string;
  country: string;
  client: ClientKind;
  /** The computed claim, for the formal notice. */
  claim?: Claim;
  /** The last day interest is counted for. */
  until: string;
}

/** Minor units as the language writes the amount: cents for euros, whole forints. */
export const money = (amount: number, currency: string, lang: string) => formatMoney(currency === 'HUF' ? amount : amount / 100, currency, lang);

/**
 * One step's letter in one language and register, as plain text: what the reader typed never becomes
 * markup, and a paragraph whose data is missing is left out.
 */
export function composePaymentLetter(file: PaymentLetterFile, lang: string, step: LadderStep, reg: Register, input: PaymentLetterValues): Letter {
  const words = file[reg];
  const cash = (amount: number) => money(amount, input.currency, lang);
  const day = (value: string | undefined) => (value ? formatDay(value, lang) : '');
  const invoices = input.invoices.filter((invoice) => oneLine(invoice.number));
  const claim = input.claim;
  const claimed = Boolean(claim && (claim.interest > 0 || claim.costs > 0));
  const fill = (template: string, values: Record<string, string>) => fillIfComplete(template, values) ?? '';
  const costsOf = (c: Claim['invoices'][number]) => (c.costs.kind === 'computed' ? c.costs.amount : 0);
  const interestOf = (c: Claim['invoices'][number]) => (c.interest.kind === 'computed' ? c.interest.amount : 0);
  // Flat costs show on each invoice's line; a scale over the whole claim only in the total.
  const costsPerInvoice = Boolean(claim?.costs) && claim!.invoices.every((c) => c.costs.kind === 'computed');
  // Costs the law lets the reader announce in this letter but not yet claim (the Dutch 14-day letter).
  const announcedCosts = claim?.announcedCosts ? cash(claim.announcedCosts) : '';

  const values: Record<string, string> = {
    senderName: oneLine(input.senderName),
    businessName: oneLine(input.businessName),
    clientName: oneLine(input.clientName),
    contactPerson: oneLine(input.contactPerson),
    project: oneLine(input.project),
    count: String(invoices.length),
    total: cash(invoices.reduce((sum, invoice) => sum + invoice.amount, 0)),
    payBy: day(input.payBy),
    pauseFrom: day(input.pauseFrom),
    deadline: day(input.deadline),
    invoiceList: invoices
      .map((invoice) => fill(words.invoiceLine, { number: oneLine(invoice.number), dueDate: day(invoice.dueDate), amount: cash(invoice.amount) }))
      .join('\n'),
    claimList: claimed
      ? claim!.invoices
          .map((c) =>
            fill(costsPerInvoice ? words.claimLine : words.claimLineNoCosts, {
              number: oneLine(c.invoice.number),
              amount: cash(c.invoice.amount),
              interest: cash(interestOf(c)),
              costs: cash(costsOf(c)),
            }),
          )
          .join('\n')
      : '',
    claimTotal: claimed
      ? fill(claim!.costs > 0 ? words.claimTotal : words.claimTotalNoCosts, {
          principal: cash(claim!.principal),
          interest: cash(claim!.interest),
          costs: cash(claim!.costs),
          total: cash(claim!.total),
        })
      : '',
    interestUntil: claimed ? fill(words.interestUntil, { until: day(input.until) }) : '',
  };
  values.greeting = fill(values.contactPerson ? words.greeting : words.greetingNoName, values);
  values.signOff = [words.signOff, values.senderName, values.businessName].filter(Boolean).join('\n');
  values.bankBlock = input.iban?.trim()
    ? fill(words.bank, { iban: oneLine(input.iban), accountHolder: oneLine(input.accountHolder) || values.senderName })
    : '';
  const clause = file.law[reg][input.country]?.[input.client];
  values.lawClause = clause ? fill(clause, { deadline: values.deadline, costs: announcedCosts }) : '';

  return fillTemplate(words.letters[step], values, { bank: Boolean(values.bankBlock), several: invoices.length > 1, claim: claimed });
}
