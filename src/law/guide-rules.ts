import { fillAround } from '../i18n/fill';
import { withBase } from '../i18n/paths';
import { useTranslations } from '../i18n/ui';
import type { LegalFact } from './data';
import { countries, lawText } from './law';
import { lawPages } from './pages';
import { formatDay } from './rates';

/** Where a guide page's advice depends on the law: the notice, late payment, handover. */
export const guideTopics = ['notice', 'latePayment', 'handover'] as const;
export type GuideTopic = (typeof guideTopics)[number];

/** One country's rules on a guide topic, as a guide page shows them (<CountryRules>): its page and the facts. */
export interface GuideRules {
  title: string;
  href: string;
  facts: LegalFact[];
}

const factById = (id: string): LegalFact =>
  Object.values(countries)
    .flatMap((file) => file.facts)
    .find((fact) => fact.id === id)!;

export function guideRules(lang: string, code: string, topic: GuideTopic): GuideRules {
  const page = lawPages(lang).find((p) => p.id === `law-${code}`)!;
  return { title: page.title, href: withBase(page.path, import.meta.env.BASE_URL), facts: (countries[code]!.guide[topic] ?? []).map(factById) };
}

/** One fact as a guide page prints it, in words: its text, and its source line around the linked cite. */
export interface ShownFact {
  id: string;
  text: string;
  cite: string;
  source: string;
  /** The source line's words before and after the cite ("…, checked on 30 November 2026"). */
  before: string;
  after: string;
}

export function shownFact(fact: LegalFact, lang: string): ShownFact {
  const [before, after] = fillAround(useTranslations(lang)('law.source'), 'cite', { date: formatDay(fact.checked, lang) });
  return { id: fact.id, text: lawText(lang).facts[fact.id]!, cite: fact.cite, source: fact.source, before, after };
}

/** What a guide page fetches when the reader works in another country than the one it was built with. */
export interface AllGuideRules {
  /** Said where a country has no confirmed rule on a topic. */
  none: string;
  countries: Record<string, { title: string; href: string; topics: Record<GuideTopic, ShownFact[]> }>;
}

/** Every country's rules on every guide topic, in the words of `lang` (/<lang>/country-rules.json). */
export function allGuideRules(lang: string): AllGuideRules {
  return {
    none: useTranslations(lang)('law.noGuideRule'),
    countries: Object.fromEntries(
      Object.keys(countries).map((code) => {
        const rules = guideTopics.map((topic) => [topic, guideRules(lang, code, topic)] as const);
        return [
          code,
          {
            title: rules[0]![1].title,
            href: rules[0]![1].href,
            topics: Object.fromEntries(rules.map(([topic, r]) => [topic, r.facts.map((fact) => shownFact(fact, lang))])) as Record<
              GuideTopic,
              ShownFact[]
            >,
          },
        ];
      }),
    ),
  };
}
