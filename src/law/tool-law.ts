import type { NoticeKind } from '../letters/letter-params';
import { countryOrder, defaultCountry } from './country';
import { countries, lawText } from './law';
import { lawPages } from './pages';

/** One country's law as the tools tell it (the quiz result, the letter generator), in the page language. */
export interface ToolCountry {
  name: string;
  /** Its page, "The rules in …". */
  title: string;
  href: string;
  /** The paragraph for "end it, with notice", and for "stop now". */
  exit: string;
  endNow: string;
  /** How to send a letter that ends a contract or claims money there, so its arrival can be proved. */
  send: string;
  /** The notice proposed instead of the usual one, where the law lets a freelancer end early only for a serious reason. */
  exitNotice?: NoticeKind;
  /** The facts the paragraphs rest on. */
  sources: { cite: string; href: string }[];
}

/** The countries in the order a page offers them, the page language's default, and the rules index. */
export interface ToolLaw {
  defaultCountry: string;
  order: string[];
  countries: Record<string, ToolCountry>;
  indexHref: string;
}

/** Built once per page: `href` turns a site path into the page's link. */
export function toolLaw(lang: string, href: (path: string) => string): ToolLaw {
  const words = lawText(lang);
  const pages = lawPages(lang);
  const order = countryOrder(countries, lang);
  return {
    defaultCountry: defaultCountry(countries, lang),
    order,
    indexHref: href(pages.find((p) => p.id === 'law')!.path),
    countries: Object.fromEntries(
      order.map((code) => {
        const file = countries[code]!;
        const page = pages.find((p) => p.id === `law-${code}`)!;
        const { name, quizExit, quizEndNow, send } = words.countries[code]!;
        const country: ToolCountry = {
          name,
          title: page.title,
          href: href(page.path),
          exit: quizExit,
          endNow: quizEndNow,
          send,
          ...(file.quiz.exitNotice && { exitNotice: file.quiz.exitNotice }),
          sources: file.quiz.basis.map((id) => file.facts.find((fact) => fact.id === id)!).map((fact) => ({ cite: fact.cite, href: fact.source })),
        };
        return [code, country];
      }),
    ),
  };
}
