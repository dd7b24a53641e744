import { h, render, type FunctionComponent } from 'preact';

/**
 * The tools' islands without Astro's island runtime: the page renders a static fallback and a JSON data
 * block inside a custom element; in the browser the view replaces the fallback, with the data as props.
 * (Astro's islands would add their inline runtime and renderer, which the 15 KB budget cannot carry.)
 */
export function mountFromData<P>(host: HTMLElement, View: FunctionComponent<P>): void {
  const data = host.querySelector(':scope > script[type="application/json"]');
  if (!data?.textContent) throw new Error(`<${host.localName}> has no data block`);
  const props = JSON.parse(data.textContent) as P;
  host.replaceChildren();
  render(h(View as FunctionComponent<object>, props as object), host);
}

/** A value as the text of a JSON data block: "<" escaped, so no text inside can close the element. */
export const dataBlock = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
