import { parseStoredObject } from '../storage/parse-json';

/**
 * The reader's clients, shared by the quiz, the letters and the checklists so a client is named once.
 * Pure functions over a small versioned value; `parseClients` accepts anything and never throws.
 */
export interface Client {
  id: string;
  name: string;
  /** When the client was added or renamed (ISO 8601): a restore keeps the newer name. */
  changed?: string;
}

export interface ClientList {
  version: 1;
  clients: Client[];
  /** The client the reader is working on; undefined means the unnamed default list. */
  current?: string;
}

export const maxNameLength = 80;

/** The key under which the tools keep what belongs to no named client (ClientList.current undefined). */
export const defaultList = 'default';

export const emptyClientList = (): ClientList => ({ version: 1, clients: [] });

const isClient = (value: unknown): value is Client =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Client).id === 'string' &&
  typeof (value as Client).name === 'string' &&
  (value as Client).name.trim() !== '';

/** Reads stored JSON; junk, other versions or broken entries give what can be kept, never an error. */
export function parseClients(raw: string | null): ClientList {
  const data = parseStoredObject(raw);
  if (!data || data.version !== 1 || !Array.isArray(data.clients)) return emptyClientList();
  const clients = (data.clients as unknown[]).filter(isClient).map(({ id, name, changed }) => ({
    id,
    name: name.slice(0, maxNameLength),
    ...(typeof changed === 'string' ? { changed } : {}),
  }));
  const current = typeof data.current === 'string' ? data.current : undefined;
  return { version: 1, clients, ...(clients.some((c) => c.id === current) ? { current } : {}) };
}

export type NameProblem = 'required' | 'tooLong';

export function nameProblem(name: string): NameProblem | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > maxNameLength) return 'tooLong';
  return undefined;
}

/** Adds a client and makes it the current one. The caller supplies the id (random in the browser). */
export function addClient(list: ClientList, name: string, id: string, now: string): ClientList {
  if (nameProblem(name)) throw new Error(`Invalid client name: ${nameProblem(name)}`);
  return { ...list, clients: [...list.clients, { id, name: name.trim(), changed: now }], current: id };
}

export function renameClient(list: ClientList, id: string, name: string, now: string): ClientList {
  if (nameProblem(name)) throw new Error(`Invalid client name: ${nameProblem(name)}`);
  return { ...list, clients: list.clients.map((c) => (c.id === id ? { ...c, name: name.trim(), changed: now } : c)) };
}

export function removeClient(list: ClientList, id: string): ClientList {
  const { current, ...rest } = list;
  return { ...rest, clients: list.clients.filter((c) => c.id !== id), ...(current && current !== id ? { current } : {}) };
}

export function selectClient(list: ClientList, id: string | undefined): ClientList {
  const { current: _previous, ...rest } = list;
  return id && list.clients.some((c) => c.id === id) ? { ...rest, current: id } : rest;
}
