/**
 * The letter generator's vocabulary, shared by everything that opens it (the quiz result links to it with
 * `?letter=…&notice=…`, see letter-link.ts). Ids, not words: each language names them in its own files.
 */
import { letterParam, noticeParam } from './letter-link';

export const letterIds = [
  'payment-problems',
  'scope-creep',
  'style-mismatch',
  'abusive-client',
  'outside-skills',
  'outgrown',
  'neutral',
  'written-confirmation',
] as const;
export type LetterId = (typeof letterIds)[number];

/**
 * The letters that end the contract on the reader's side: each carries the clause of the reader's law
 * (`{lawClause}`). Not the confirmation of an ending already agreed, nor handing over part of the work.
 */
export const endsTheContract: readonly LetterId[] = ['payment-problems', 'scope-creep', 'style-mismatch', 'abusive-client', 'outgrown', 'neutral'];
/** Of those, the letters written because the client is at fault: under a strict law, only these end a contract early. */
export const endsForCause: readonly LetterId[] = ['payment-problems', 'abusive-client'];
/** The letter that records an ending both sides agreed: no law asks for a reason there. */
export const endsByAgreement: LetterId = 'written-confirmation';

export const noticeKinds = ['immediately', '2-weeks', '30-days', 'milestone', '1-2-months', 'date'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export { registers, type Register } from './registers';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads `?letter=…&notice=…`; unknown or tampered values are ignored rather than trusted. */
export function readLetterParams(search: URLSearchParams): { letter?: LetterId; notice?: NoticeKind } {
  const letter = oneOf(letterIds, search.get(letterParam));
  const notice = oneOf(noticeKinds, search.get(noticeParam));
  return { ...(letter ? { letter } : {}), ...(notice ? { notice } : {}) };
}

/** The notice a letter starts with when nothing else chose one: at once for abuse, a transition for skills. */
export const defaultNotice = (letter: LetterId): NoticeKind =>
  letter === 'abusive-client' ? 'immediately' : letter === 'outside-skills' ? '1-2-months' : '30-days';
