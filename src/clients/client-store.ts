import { sharedStore } from '../storage/shared-store';
import { parseClients } from './clients';

/** The reader's clients in this browser; the quiz, the letters and the checklists all read this one. */
export const clientStore = sharedStore('clients', parseClients);

export const newClientId = (): string => globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
