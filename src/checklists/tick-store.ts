import { sharedStore } from '../storage/shared-store';
import { parseTicks } from './ticks';

/** Ticked checklist items per client, in this browser. */
export const tickStore = sharedStore('checklists', parseTicks);
