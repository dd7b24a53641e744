import { withBase } from '../i18n/paths';
import type { LegalFact } from './data';
import { countries } from './law';
import { lawPages } from './pages';

/** Where a guide page's advice depends on the law: the notice, late payment, handover. */
export type GuideTopic = 'notice' | 'latePayment' | 'handover';

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
