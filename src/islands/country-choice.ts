import { fill } from '../i18n/fill';
import { chosenCountry } from '../law/country';
import { countryStore } from '../law/country-store';
import { defineIsland } from './island';

// The reader's country (components/CountryChoice.astro): kept with a click on a country page, shown on
// the index, where a link's ?country= counts too. Plain DOM: a button and a line of text.
defineIsland('country-choice', 'load', (host) => {
  const names = JSON.parse(host.dataset.names!) as Record<string, string>;
  const line = host.querySelector('p')!;
  const status = host.querySelector<HTMLElement>('[data-template]')!;
  const show = (code: string) => (status.textContent = fill(status.dataset.template!, { country: names[code]! }));
  const pageCountry = host.dataset.country;
  line.hidden = false;
  if (pageCountry) {
    if (countryStore.get() === pageCountry) show(pageCountry);
    host.querySelector('button')!.addEventListener('click', () => {
      countryStore.set(pageCountry);
      show(pageCountry);
    });
    return;
  }
  const linked = new URLSearchParams(location.search).get('country');
  const code = chosenCountry({ linked, stored: countryStore.get(), known: Object.keys(names), fallback: host.dataset.default! });
  show(code);
  document.querySelector(`.law-countries a[data-country="${code}"]`)?.setAttribute('aria-current', 'true');
});
