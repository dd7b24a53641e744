import { z } from 'astro/zod';
import { registers } from '../letters/letter-params';
import { placeholdersIn } from '../letters/placeholders';
import { ladderSteps, type LadderStep } from './payment-letters';

const text = z.string().trim().min(1);
const block = z.union([
  text,
  z.strictObject({ text, when: z.enum(['project', '!project', 'bank', '!bank', 'several', '!several', 'claim', '!claim']) }),
]);
const template = z.strictObject({ subject: z.array(text).min(1), body: z.array(block).min(3) });
const register = z.strictObject({
  greeting: text,
  greetingNoName: text,
  signOff: text,
  invoiceLine: text,
  claimLine: text,
  /** The same without recovery costs: where the law gives none, or sets them once for the whole claim. */
  claimLineNoCosts: text,
  claimTotal: text,
  claimTotalNoCosts: text,
  interestUntil: text,
  bank: text,
  letters: z.strictObject({ friendly: template, second: template, formalNotice: template }),
});
const clauses = z.record(z.string().regex(/^[a-z]{2}$/), z.strictObject({ business: text, consumer: text }));

/**
 * One language's payment letters (content/payment-letters/<lang>.json): both registers, and the formal
 * notice's clause for each country's law and kind of client.
 */
export const paymentLetterFileSchema = z.strictObject({
  subjectLabel: text,
  formal: register,
  informal: register,
  law: z.strictObject({ formal: clauses, informal: clauses }),
});
export type PaymentLetterFile = z.infer<typeof paymentLetterFileSchema>;

/** The slots each part may use; anything else is a typo the build should catch. */
const allowed = {
  greeting: ['contactPerson'],
  greetingNoName: [],
  signOff: [],
  invoiceLine: ['number', 'dueDate', 'amount'],
  claimLine: ['number', 'amount', 'interest', 'costs'],
  claimLineNoCosts: ['number', 'amount', 'interest'],
  claimTotal: ['principal', 'interest', 'costs', 'total'],
  claimTotalNoCosts: ['principal', 'interest', 'total'],
  interestUntil: ['until'],
  bank: ['iban', 'accountHolder'],
  letter: [
    'greeting',
    'signOff',
    'clientName',
    'project',
    'invoiceList',
    'total',
    'count',
    'payBy',
    'pauseFrom',
    'bankBlock',
    'claimList',
    'claimTotal',
    'interestUntil',
    'deadline',
    'lawClause',
  ],
  clause: ['deadline', 'costs'],
};
/** What each step must say. */
const required: Record<LadderStep, string[][]> = {
  friendly: [['invoiceList'], ['total']],
  second: [['invoiceList'], ['total'], ['payBy'], ['pauseFrom']],
  formalNotice: [['invoiceList', 'claimList'], ['deadline'], ['lawClause']],
};

/** Where a language's payment letters break their contract: unknown slots, a missing part, a clause out of place. */
export function paymentLetterProblems(file: PaymentLetterFile, countries: readonly string[]): string[] {
  const problems: string[] = [];
  const check = (where: string, value: string, slots: string[]) => {
    for (const name of placeholdersIn(value)) if (!slots.includes(name)) problems.push(`${where} uses unknown {${name}}`);
  };
  for (const reg of registers) {
    const words = file[reg];
    for (const part of [
      'greeting',
      'greetingNoName',
      'signOff',
      'invoiceLine',
      'claimLine',
      'claimLineNoCosts',
      'claimTotal',
      'claimTotalNoCosts',
      'interestUntil',
      'bank',
    ] as const)
      check(`${reg}.${part}`, words[part], allowed[part]);
    for (const step of ladderSteps) {
      const where = `${reg}.letters.${step}`;
      const { subject, body } = words.letters[step];
      const lines = body.map((b) => (typeof b === 'string' ? b : b.text));
      for (const line of [...subject, ...lines]) check(where, line, allowed.letter);
      const used = new Set(lines.flatMap(placeholdersIn));
      for (const any of required[step]) if (!any.some((name) => used.has(name))) problems.push(`${where} must use {${any.join('} or {')}}`);
      if (lines[0] !== '{greeting}' || lines.at(-1) !== '{signOff}') problems.push(`${where} must start with {greeting} and end with {signOff}`);
      if (placeholdersIn(subject.at(-1)!).length) problems.push(`${where}: the last subject must use no slot`);
      if (step === 'formalNotice' && lines.at(-2) !== '{lawClause}') problems.push(`${where}: {lawClause} is the block right before {signOff}`);
    }
    for (const country of countries) {
      const clause = file.law[reg][country];
      if (!clause) problems.push(`law.${reg} has no clauses for "${country}"`);
      else for (const client of ['business', 'consumer'] as const) check(`law.${reg}.${country}.${client}`, clause[client], allowed.clause);
    }
  }
  return problems;
}
