import { defineIsland } from './island';

// The client manager on the checklists page waits until the browser is idle, as Astro's client:idle.
defineIsland('client-manager-island', 'idle', async (host) => (await import('../clients/hydrate-client-manager')).hydrateClientManager(host));
