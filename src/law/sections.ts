import type { Topic } from './data';

/** The sections of a country page, in reading order, and the topics each gathers (help has its own list). */
export const lawSections = [
  { id: 'ending', topics: ['ending', 'notice'] },
  { id: 'latePayment', topics: ['late-payment', 'recovery-costs', 'payment-terms'] },
  { id: 'formalNotice', topics: ['formal-notice', 'small-claims'] },
  { id: 'handover', topics: ['copyright', 'personal-data', 'record-keeping'] },
] as const satisfies readonly { id: string; topics: readonly Topic[] }[];

export type LawSectionId = (typeof lawSections)[number]['id'];
