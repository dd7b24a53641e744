import { fetchLiveStrings } from '../i18n/live-strings';
import { hydrateOver } from '../islands/render';
import ClientManager from './ClientManager';

/** Brings the server-rendered client manager to life (islands/client-manager.ts), with its strings fetched (see i18n/live-strings.ts). */
export async function hydrateClientManager(host: HTMLElement): Promise<void> {
  hydrateOver(host, ClientManager, { strings: await fetchLiveStrings() });
}
