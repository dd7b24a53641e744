/**
 * Which checklist items a reader has ticked, per client. Items have ids shared by every language, so
 * ticks survive a change of language. Pure functions over a versioned value; `parseTicks` migrates the
 * first stored format and turns anything unreadable into an empty state instead of throwing.
 */
import { defaultList } from '../clients/clients';
import { parseStoredObject } from '../storage/parse-json';

export interface TickState {
  version: 2;
  /** Per client id (or `defaultList`), the ids of ticked items. */
  ticked: Record<string, string[]>;
  /** Per client, when a tick last changed (ISO 8601): the data page shows it, and a restore keeps the newer. */
  changed?: Record<string, string>;
}

/** The first format: one list for everyone, before clients existed. */
interface TickStateV1 {
  version: 1;
  done: string[];
}

export const emptyTicks = (): TickState => ({ version: 2, ticked: {} });

const stringsOnly = (value: unknown): string[] => (Array.isArray(value) ? [...new Set(value.filter((v) => typeof v === 'string'))] : []);

export function parseTicks(raw: string | null): TickState {
  const data = parseStoredObject(raw);
  if (!data) return emptyTicks();
  if (data.version === 1) {
    const done = stringsOnly((data as Partial<TickStateV1>).done);
    return { version: 2, ticked: done.length ? { [defaultList]: done } : {} };
  }
  if (data.version === 2 && typeof data.ticked === 'object' && data.ticked !== null) {
    const ticked = Object.fromEntries(
      Object.entries(data.ticked)
        .map(([client, ids]) => [client, stringsOnly(ids)] as const)
        .filter(([, ids]) => ids.length > 0),
    );
    const changed = Object.fromEntries(Object.entries(stampsOf(data.changed)).filter(([client]) => client in (data.ticked as object)));
    return { version: 2, ticked, ...(Object.keys(changed).length ? { changed } : {}) };
  }
  return emptyTicks();
}

/** Valid ISO 8601 stamps by key; anything else is dropped. */
export function stampsOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !Number.isNaN(Date.parse(entry[1]))),
  );
}

const stamped = (state: TickState, client: string, now: string): Pick<TickState, 'changed'> => ({ changed: { ...state.changed, [client]: now } });

export function isTicked(state: TickState, client: string, item: string): boolean {
  return state.ticked[client]?.includes(item) ?? false;
}

export function setTick(state: TickState, client: string, item: string, ticked: boolean, now: string): TickState {
  const current = new Set(state.ticked[client] ?? []);
  if (ticked) current.add(item);
  else current.delete(item);
  return { ...state, ticked: { ...state.ticked, [client]: [...current] }, ...stamped(state, client, now) };
}

/** Unticks the given items (one checklist) for one client; other lists and clients keep their ticks. */
export function resetItems(state: TickState, client: string, items: readonly string[], now: string): TickState {
  return {
    ...state,
    ticked: { ...state.ticked, [client]: (state.ticked[client] ?? []).filter((id) => !items.includes(id)) },
    ...stamped(state, client, now),
  };
}

export function forgetClient(state: TickState, client: string): TickState {
  const { [client]: _gone, ...ticked } = state.ticked;
  const { [client]: _stamp, ...changed } = state.changed ?? {};
  return { version: 2, ticked, ...(Object.keys(changed).length ? { changed } : {}) };
}

export function progress(state: TickState, client: string, items: readonly string[]): { done: number; total: number } {
  return { done: items.filter((id) => isTicked(state, client, id)).length, total: items.length };
}
