import { fillAround } from '../i18n/fill';
import { withBase } from '../i18n/paths';
import { useTranslations } from '../i18n/ui';
import type { LegalFact } from './data';
import { countries, lawText } from './law';
import { lawPages } from './pages';
import { formatDay } from './rates';

/** Where a guide page's advice depends on the law: the notice, late payment, handover. */
export type GuideTopic = 'notice' | 'latePayment' | 'handover';

/** One country's rules on a guide topic as a guide page shows them (<CountryRules>). */
export interface GuideRules {
  title: string;
  href: string;
  facts: { id: string; text: string; cite: string; source: string; before: string; after: string }[];
}

const factById = (id: string): LegalFact =>
  Object.values(countries)
    .flatMap((file) => file.facts)
    .find((fact) => fact.id === id)!;

export function guideRules(lang: string, code: string, topic: GuideTopic): GuideRules {
  const page = lawPages(lang).find((p) => p.id === `law-${code}`)!;
  const source = useTranslations(lang)('law.source');
  return {
    title: page.title,
    href: withBase(page.path, import.meta.env.BASE_URL),
    facts: (countries[code]!.guide[topic] ?? []).map(factById).map((fact) => {
      const [before, after] = fillAround(source, 'cite', { date: formatDay(fact.checked, lang) });
      return { id: fact.id, text: lawText(lang).facts[fact.id]!, cite: fact.cite, source: fact.source, before, after };
    }),
  };
}
