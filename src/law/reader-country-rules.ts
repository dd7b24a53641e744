import { countryStore } from './country-store';
import { parseCountry } from './country';
import type { AllGuideRules, GuideTopic } from './guide-rules';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** The aside's content for one country, as components/CountryRules.astro and LegalFact.astro render it; text only. */
export function countryRulesContent(all: AllGuideRules, code: string, topic: GuideTopic): Node[] {
  const rules = all.countries[code]!;
  const facts = rules.topics[topic];
  return [
    element('p', { className: 'country-rules-title' }, element('a', { href: rules.href }, rules.title)),
    facts.length
      ? element(
          'ul',
          { className: 'legal-facts' },
          ...facts.map((fact) =>
            element(
              'li',
              { className: 'legal-fact', id: fact.id },
              element('p', {}, fact.text),
              element('p', { className: 'legal-source' }, fact.before, element('a', { href: fact.source, rel: 'external' }, fact.cite), fact.after),
            ),
          ),
        )
      : element('p', {}, all.none),
  ];
}

/**
 * A guide page is built with the rules of its language's country. When the reader works elsewhere (a
 * link's ?country=, else the country they chose), the aside shows that country's rules instead. Nothing
 * changes when the data cannot be fetched or names no such country.
 */
export async function showReaderCountry(host: HTMLElement): Promise<void> {
  const wanted = parseCountry(new URLSearchParams(location.search).get('country')?.toLowerCase()) ?? countryStore.get();
  if (!wanted || wanted === host.dataset.country) return;
  const all = (await fetch(host.dataset.src!)
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined)) as AllGuideRules | undefined;
  if (!all?.countries[wanted]) return;
  host.querySelector('aside')!.replaceChildren(...countryRulesContent(all, wanted, host.dataset.topic as GuideTopic));
  host.dataset.country = wanted;
}
