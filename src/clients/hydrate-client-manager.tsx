/** @jsxImportSource preact */
import { hydrate } from 'preact';
import { fetchLiveStrings } from '../i18n/live-strings';
import ClientManager from './ClientManager';

/** Brings the server-rendered client manager to life, with its strings fetched (see i18n/live-strings.ts). */
export async function hydrateClientManager(host: HTMLElement): Promise<void> {
  const strings = await fetchLiveStrings();
  hydrate(<ClientManager strings={strings} />, host);
}
