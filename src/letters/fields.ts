import type { LetterId, NoticeKind, Register } from './letter-params';
import { placeholdersIn } from './placeholders';
import type { LetterFile } from './templates';

/** The form's fields, in the order the form shows them. */
export const fieldIds = [
  'senderName',
  'businessName',
  'clientName',
  'contactPerson',
  'project',
  'notice',
  'milestone',
  'chosenDate',
  'amount',
  'currency',
  'invoices',
  'deliverables',
  'handoverItems',
  'referralPerson',
  'referralProvider',
  'refund',
  'thanks',
] as const;
export type FieldId = (typeof fieldIds)[number];

/** The placeholders and conditions each optional field feeds; a letter that uses none of them hides the field. */
const feeds: Partial<Record<FieldId, string[]>> = {
  project: ['project'],
  notice: ['noticeSentence'],
  amount: ['amount'],
  invoices: ['invoiceList', 'invoicesPhrase', 'invoices'],
  deliverables: ['deliverableList', 'deliverablesBlock', 'deliverables'],
  handoverItems: ['handoverList', 'handoverBlock', 'handoverItems'],
  referralPerson: ['referralPerson', 'referralPersonSentence'],
  referralProvider: ['referralProvider', 'referralProviderSentence'],
  refund: ['refund'],
  thanks: ['thanks'],
};

/** The placeholders one letter's template uses, in its subject, its lines and their conditions. */
export function placeholdersUsed(file: LetterFile, letter: LetterId, register: Register): Set<string> {
  const { subject, body } = file.letters[letter][register];
  const used = new Set<string>();
  for (const line of [...subject, ...body]) {
    if (typeof line === 'string') placeholdersIn(line).forEach((name) => used.add(name));
    else {
      placeholdersIn(line.text).forEach((name) => used.add(name));
      used.add(line.when.replace(/^!/, ''));
    }
  }
  return used;
}

/**
 * The fields one letter needs, read from its template so the form never asks for what the letter will
 * not say. Names and the contact person are always asked (the sign-off and greeting use them; the client
 * name also names the downloaded file).
 */
export function fieldsFor(file: LetterFile, letter: LetterId, register: Register, notice: NoticeKind): Set<FieldId> {
  const used = placeholdersUsed(file, letter, register);
  const fields = new Set<FieldId>(['senderName', 'businessName', 'clientName', 'contactPerson']);
  for (const [field, names] of Object.entries(feeds) as [FieldId, string[]][]) {
    if (names.some((name) => used.has(name))) fields.add(field);
  }
  if (fields.has('notice') && notice === 'milestone') fields.add('milestone');
  if (fields.has('notice') && notice === 'date') fields.add('chosenDate');
  if (fields.has('amount') || fields.has('refund')) fields.add('currency');
  return fields;
}
