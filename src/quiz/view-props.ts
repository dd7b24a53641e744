import type { KeysOf, Strings } from '../i18n/translator';
import type { NoticeKind } from '../letters/letter-params';
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

/** One country's law as the quiz result tells it (content/law/), in the page language. */
export interface QuizCountry {
  name: string;
  /** Its page, "The rules in …". */
  title: string;
  href: string;
  /** The paragraph for "end it, with notice", and for "stop now". */
  exit: string;
  endNow: string;
  /** The notice proposed instead of the outcome's, where the country's law asks for it. */
  exitNotice?: NoticeKind;
  /** The facts the paragraphs rest on. */
  sources: { cite: string; href: string }[];
}

export interface QuizViewProps {
  lang: string;
  model: QuizModel;
  scale: { id: string; label: string }[];
  questions: { id: string; text: string; hint: string }[];
  outcomes: Record<string, OutcomeWords>;
  /** The letter generator's page; the result adds `?letter=…&notice=…`. */
  lettersHref: string;
  /** The countries in the order the page offers them, and the page language's default. */
  law: { defaultCountry: string; order: string[]; countries: Record<string, QuizCountry>; indexHref: string };
  strings: Strings<QuizKey>;
}
