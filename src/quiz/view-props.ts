import type { KeysOf, Strings } from '../i18n/translator';
import type { ToolLaw } from '../law/tool-law';
import type { QuizModel } from './model';

/** What the quiz's views receive, built at build time by quiz.ts; apart from the views so they import no one another. */
export type QuizKey = KeysOf<'quiz' | 'clients'>;

export interface OutcomeWords {
  title: string;
  summary: string;
  plan: string[];
  /** Guide pages and the checklist that fit the outcome, resolved at build time. */
  links: { href: string; title: string }[];
}

export interface QuizViewProps {
  lang: string;
  model: QuizModel;
  scale: { id: string; label: string }[];
  questions: { id: string; text: string; hint: string }[];
  outcomes: Record<string, OutcomeWords>;
  /** The letter generator's page; the result adds `?letter=…&notice=…`. */
  lettersHref: string;
  /** The unpaid-invoices page; the result adds `?step=…&country=…`. */
  invoicesHref: string;
  /** The countries in the order the page offers them, and the page language's default. */
  law: ToolLaw;
  strings: Strings<QuizKey>;
}
