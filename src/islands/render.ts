import { h, hydrate, render, type FunctionComponent } from 'preact';
import { readDataBlock } from './data-block';

/**
 * How an island's module brings its view to life (islands/island.ts loads the module). Not Astro's
 * islands: their inline runtime and renderer would not fit the 15 KB budget.
 */

/** Replaces the element's static fallback with the view, its props read from the JSON data block inside. */
export function mountFromData<P>(host: HTMLElement, View: FunctionComponent<P>): void {
  const props = readDataBlock<P>(host);
  host.replaceChildren();
  render(h(View as FunctionComponent<object>, props as object), host);
}

/** Hydrates the view over the element's server markup, rendered by the same view with the same props. */
export function hydrateOver<P>(host: HTMLElement, View: FunctionComponent<P>, props: P): void {
  hydrate(h(View as FunctionComponent<object>, props as object), host);
}
