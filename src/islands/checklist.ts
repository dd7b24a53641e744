import { defineIsland } from './island';

// A checklist (Preact, the list, the stores) loads only when it is scrolled into view.
defineIsland('checklist-island', 'visible', async (host) => (await import('../checklists/hydrate-checklist')).hydrateChecklist(host));
