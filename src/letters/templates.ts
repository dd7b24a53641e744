import { z } from 'astro/zod';
import { endsTheContract, letterIds, noticeKinds, registers } from './letter-params';
import { placeholdersIn } from './placeholders';

/** Phrases every language writes in both registers (see content/letters/*.json). */
export const requiredPhrases = [
  'greeting',
  'greetingNoName',
  'signOff',
  'thanks',
  'referralPerson',
  'referralProvider',
  'handover',
  'deliverables',
  'invoiceLine',
  'invoiceLineNoDate',
  'invoices.one',
  'invoices.other',
  ...noticeKinds.map((kind) => `notice.${kind}` as const),
  'disclaimer',
] as const;
/** Plural forms a language may add beyond one/other (Intl.PluralRules categories). */
const optionalPhrases = ['invoices.zero', 'invoices.two', 'invoices.few', 'invoices.many'] as const;

/** Values the reader gives or the engine computes; all but senderName may be empty. */
export const valuePlaceholders = [
  'senderName',
  'businessName',
  'clientName',
  'contactPerson',
  'project',
  'lastDay',
  'milestone',
  'amount',
  'invoiceList',
  'invoicesPhrase',
  'deliverableList',
  'handoverList',
  'referralPerson',
  'referralProvider',
  'refund',
] as const;
/** Placeholders that expand to a phrase of the letter's register (empty when their data is missing). */
export const phrasePlaceholders = [
  'greeting',
  'signOff',
  'noticeSentence',
  'thanks',
  'referralPersonSentence',
  'referralProviderSentence',
  'handoverBlock',
  'deliverablesBlock',
  'lawClause',
] as const;
export const alwaysPresent = ['senderName', 'greeting', 'signOff', 'noticeSentence'];

export const conditions = [
  'contactPerson',
  'project',
  'businessName',
  'amount',
  'invoices',
  'deliverables',
  'handoverItems',
  'referralPerson',
  'referralProvider',
  'refund',
  'thanks',
  'milestone',
  ...noticeKinds.map((kind) => `notice.${kind}`),
];

const text = z.string().trim().min(1);
const block = z.union([text, z.strictObject({ text, when: z.string().regex(/^!?[a-z0-9.-]+$/i) })]);
const template = z.strictObject({ subject: z.array(text).min(1), body: z.array(block).min(3) });
const phrases = z.strictObject({
  ...Object.fromEntries(requiredPhrases.map((id) => [id, text])),
  ...Object.fromEntries(optionalPhrases.map((id) => [id, text.optional()])),
}) as unknown as z.ZodType<Record<(typeof requiredPhrases)[number], string> & Partial<Record<(typeof optionalPhrases)[number], string>>>;

/**
 * The clause an ending letter carries right after its notice, in the terms of the law the reader works
 * under: one per country (content/law/countries/<code>.json) and register. `endingForCause` is for the
 * letters written because the client is at fault (letter-params.ts, endsForCause), `ending` for the others.
 */
const lawClauses = z.record(z.string().regex(/^[a-z]{2}$/), z.strictObject({ ending: text, endingForCause: text }));

export const letterFileSchema = z.strictObject({
  /** "Subject:" as the letter's language writes it, before the subject in the preview and the file. */
  subjectLabel: text,
  phrases: z.strictObject(Object.fromEntries(registers.map((r) => [r, phrases])) as Record<(typeof registers)[number], typeof phrases>),
  law: z.strictObject(Object.fromEntries(registers.map((r) => [r, lawClauses])) as Record<(typeof registers)[number], typeof lawClauses>),
  letters: z.strictObject(
    Object.fromEntries(
      letterIds.map((id) => [
        id,
        z.strictObject(Object.fromEntries(registers.map((r) => [r, template])) as Record<(typeof registers)[number], typeof template>),
      ]),
    ) as Record<(typeof letterIds)[number], z.ZodObject<Record<(typeof registers)[number], typeof template>>>,
  ),
});

export type LetterFile = z.infer<typeof letterFileSchema>;
export type Block = z.infer<typeof block>;

/**
 * What breaks the contract of a language's letters: unknown placeholders or conditions, a subject list
 * whose last entry needs optional data, a thank-you or referral in the letter to an abusive client.
 */
export function templateProblems(file: LetterFile): string[] {
  const problems: string[] = [];
  const known = new Set<string>([...valuePlaceholders, ...phrasePlaceholders]);
  for (const register of registers) {
    for (const [id, phrase] of Object.entries(file.phrases[register])) {
      const local = id.startsWith('invoiceLine') ? ['number', 'dueDate'] : id.startsWith('invoices.') ? ['count'] : [];
      for (const name of placeholdersIn(phrase ?? '')) {
        if (!valuePlaceholders.includes(name as never) && !local.includes(name)) problems.push(`phrase ${register}.${id} uses unknown {${name}}`);
      }
    }
    for (const [country, clauses] of Object.entries(file.law[register]))
      for (const [id, clause] of Object.entries(clauses))
        if (placeholdersIn(clause).length) problems.push(`law.${register}.${country}.${id} must not use placeholders`);
    for (const letter of letterIds) {
      const { subject, body } = file.letters[letter][register];
      const where = `${letter}.${register}`;
      for (const line of [...subject, ...body.map((b) => (typeof b === 'string' ? b : b.text))]) {
        for (const name of placeholdersIn(line)) if (!known.has(name)) problems.push(`${where} uses unknown {${name}}`);
      }
      for (const b of body) {
        if (typeof b !== 'string' && !conditions.includes(b.when.replace(/^!/, ''))) problems.push(`${where} has an unknown condition "${b.when}"`);
      }
      const last = subject.at(-1)!;
      if (placeholdersIn(last).some((name) => !alwaysPresent.includes(name))) problems.push(`${where}: the last subject must not need optional data`);
      const used = new Set(body.flatMap((b) => placeholdersIn(typeof b === 'string' ? b : b.text)));
      if (!used.has('greeting') || !used.has('signOff')) problems.push(`${where} needs {greeting} and {signOff}`);
      // A letter that ends the contract says so in the terms of the reader's law, right after the notice.
      const lines = body.map((b) => (typeof b === 'string' ? b : b.text));
      const afterNotice = lines[lines.findLastIndex((line) => line.includes('{noticeSentence}')) + 1];
      if (endsTheContract.includes(letter) ? afterNotice !== '{lawClause}' : used.has('lawClause'))
        problems.push(
          `${where}: {lawClause} belongs right after {noticeSentence} in the letters that end the contract (${endsTheContract.join(', ')}), and nowhere else`,
        );
      if (letter === 'abusive-client') {
        for (const name of ['thanks', 'referralPersonSentence', 'referralProviderSentence'])
          if (used.has(name)) problems.push(`${where} must not use {${name}}`);
      }
    }
  }
  return problems;
}

export function parseLetterFile(lang: string, data: unknown): LetterFile {
  const result = letterFileSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`content/letters/${lang}.json is invalid: ${issues.join('; ')}`);
  }
  const problems = templateProblems(result.data);
  if (problems.length) throw new Error(`content/letters/${lang}.json breaks the template contract:\n- ${problems.join('\n- ')}`);
  return result.data;
}
