/** The JSON data block an island reads its props from: written at build time, read in the browser. */

/** A value as the text of a JSON data block: "<" escaped, so no text inside can close the element. */
export const dataBlock = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** The props in an island's data block; a page without one is a build mistake, said loudly. */
export function readDataBlock<P>(host: HTMLElement): P {
  const data = host.querySelector(':scope > script[type="application/json"]');
  if (!data?.textContent) throw new Error(`<${host.localName}> has no data block`);
  return JSON.parse(data.textContent) as P;
}
