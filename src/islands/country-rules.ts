import { defineIsland } from './island';

// A guide page's rules of the page language's country; the reader's own country's, fetched when they
// scroll to it, where that is another (law/reader-country-rules.ts).
defineIsland('country-rules', 'visible', async (host) => (await import('../law/reader-country-rules')).showReaderCountry(host));
